"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import { chatApi } from "./chat-api";

/** The agent's history, newest page first; older pages load on demand, never all at once. */
export function useChatHistory(agentId: string, conversationId: string | null) {
  return useInfiniteQuery({
    queryKey: queryKeys.agentMessages(agentId, conversationId),
    queryFn: ({ pageParam }) => chatApi.history(agentId, conversationId, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.before,
    // Turns sent from this page are shown from their streams; refetching would show them twice. Once the
    // view closes (another conversation is opened) its pages are dropped, so coming back loads them fresh.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    gcTime: 0,
  });
}
