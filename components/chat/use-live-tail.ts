"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Arrival } from "@/lib/chat/rows";
import { queryKeys } from "@/lib/query-keys";
import type { WatchedTurn } from "@/lib/watch/watched-turns";
import type { Tail } from "@/components/watch/use-agent-watch";

const emptyTail: Tail = { arrivals: [] };
const noTurns: WatchedTurn[] = [];

/** Data the agent's watch pushes into the cache (components/watch): read here, never fetched. */
function usePushed<T>(queryKey: readonly unknown[], empty: T): T {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey,
    queryFn: () => queryClient.getQueryData<T>(queryKey) ?? empty,
    staleTime: Infinity,
    retry: false,
  });
  return query.data ?? empty;
}

/**
 * Messages that reach the open conversation from elsewhere (the SDK, another client), one run's worth
 * each, as the agent's watch sees them: the page does not poll for them.
 */
export function useLiveTail(agentId: string, conversationId: string | null): Arrival[] {
  return usePushed<Tail>(queryKeys.agentMessagesNewer(agentId, conversationId), emptyTail).arrivals;
}

/** Turns other tabs and people send on the open conversation, streaming as they send them. */
export function useWatchedTurns(agentId: string, conversationId: string | null): WatchedTurn[] {
  return usePushed<WatchedTurn[]>(queryKeys.agentMessagesWatched(agentId, conversationId), noTurns);
}
