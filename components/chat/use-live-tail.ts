"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Arrival } from "@/lib/chat/rows";
import { queryKeys } from "@/lib/query-keys";
import { chatApi } from "./chat-api";

const pollMs = 2_000;

interface Tail {
  /** The newest message seen, from which the next poll asks. */
  after: string | null;
  arrivals: Arrival[];
}

const none: Arrival[] = [];

/**
 * Messages that reach the open conversation from elsewhere (another tab, the SDK, a script), asked for
 * every few seconds after the newest one seen and gathered in the query's data. `start` is the newest
 * message of the loaded history (undefined until it has loaded). Paused while this page sends, so its own
 * turn is not fetched before the page knows that turn's run. Resetting the agent's message queries
 * starts it over.
 */
export function useLiveTail(
  agentId: string,
  conversationId: string | null,
  start: string | null | undefined,
  paused: boolean,
): Arrival[] {
  const queryClient = useQueryClient();
  const queryKey = [...queryKeys.agentMessages(agentId, conversationId), "newer"] as const;
  const tail = useQuery({
    queryKey,
    queryFn: async ({ signal }): Promise<Tail> => {
      const previous = queryClient.getQueryData<Tail>(queryKey);
      const after = previous ? previous.after : (start ?? null);
      const answer = await chatApi.newer(agentId, conversationId, after, signal);
      const groups = answer.groups.filter((group) => group.items.length > 0);
      const arrivals = previous?.arrivals ?? [];
      const at = Date.now();
      return {
        after: answer.newest,
        arrivals: groups.length ? [...arrivals, ...groups.map((group) => ({ at, ...group }))] : arrivals,
      };
    },
    enabled: start !== undefined && !paused,
    refetchInterval: pollMs,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  return tail.data?.arrivals ?? none;
}
