"use client";

import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { Arrival } from "@/lib/chat/rows";
import { memoryKeys, queryKeys, sleeptimeKeys } from "@/lib/query-keys";
import type { WatchEvent } from "@/lib/watch/types";
import { applyWatchEvent, mergeArrival, type WatchedTurn } from "@/lib/watch/watched-turns";
import { tabId } from "./tab-id";

export type WatchState = { state: "connecting" | "live" | "reconnecting" } | { state: "deleted"; message: string };

/** The live tail of one conversation, as the watch fills it (components/chat/use-live-tail.ts reads it). */
export interface Tail {
  arrivals: Arrival[];
}

function apply(queryClient: QueryClient, agentId: string, event: WatchEvent, reconnected: boolean) {
  switch (event.type) {
    case "hello":
      // Back after a break the server can no longer replay: read everything again, once.
      if (reconnected && !event.resumed) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.agentMessagesAll(agentId) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.agent(agentId) });
      }
      return;
    case "blocks":
      queryClient.setQueryData(memoryKeys.blocks(agentId), event.blocks);
      void queryClient.invalidateQueries({ queryKey: memoryKeys.history(agentId) });
      return;
    case "runs":
      void queryClient.invalidateQueries({ queryKey: sleeptimeKeys.activity(agentId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.agentRuns(agentId) });
      return;
    case "messages":
      queryClient.setQueryData<Tail>(queryKeys.agentMessagesNewer(agentId, event.conversationId), (tail) => ({
        arrivals: mergeArrival(tail?.arrivals ?? [], {
          at: Date.now(),
          runId: event.runId,
          items: event.items,
          running: event.running,
        }),
      }));
      return;
    case "turn_start":
    case "turn_event":
    case "turn_end": {
      const conversationId =
        event.type === "turn_start" ? event.conversationId : conversationOf(queryClient, agentId, event.turnId);
      if (conversationId === undefined) return;
      queryClient.setQueryData<WatchedTurn[]>(queryKeys.agentMessagesWatched(agentId, conversationId), (turns) =>
        applyWatchEvent(turns ?? [], event),
      );
      if (event.type === "turn_end") void queryClient.invalidateQueries({ queryKey: memoryKeys.history(agentId) });
      return;
    }
    case "deleted":
      return;
  }
}

/** The conversation a watched turn belongs to (its start said), among the watched turns in the cache. */
function conversationOf(queryClient: QueryClient, agentId: string, turnId: string): string | null | undefined {
  const prefix = queryKeys.agentMessagesAll(agentId);
  for (const [key, turns] of queryClient.getQueriesData<WatchedTurn[]>({ queryKey: prefix })) {
    if (key.at(-1) !== "watched" || !Array.isArray(turns)) continue;
    if (turns.some((turn) => turn.id === turnId)) {
      const conversation = key.at(-2);
      return conversation === "default" ? null : typeof conversation === "string" ? conversation : undefined;
    }
  }
  return undefined;
}

/**
 * One stream per tab from the ADE's server (`/api/agents/{id}/watch`) carrying every change of the agent
 * (turns others send, token by token; messages sent from outside the ADE; memory blocks; runs), folded
 * into the query cache so the panels update without polling Letta. The browser's EventSource reconnects
 * by itself and the server replays what the tab missed.
 */
export function useAgentWatch(agentId: string): WatchState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<WatchState>({ state: "connecting" });

  useEffect(() => {
    const source = new EventSource(`/api/agents/${encodeURIComponent(agentId)}/watch?tab=${tabId()}`);
    let opened = false;
    source.onopen = () => setState({ state: "live" });
    source.onerror = () => {
      if (source.readyState !== EventSource.CLOSED) setState({ state: "reconnecting" });
    };
    source.onmessage = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as WatchEvent;
      if (event.type === "deleted") {
        source.close();
        setState({ state: "deleted", message: event.message });
        return;
      }
      apply(queryClient, agentId, event, opened);
      if (event.type === "hello") opened = true;
    };
    return () => source.close();
  }, [agentId, queryClient]);

  return state;
}
