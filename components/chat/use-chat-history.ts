"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import { chatApi } from "./chat-api";

/** The agent's history, newest page first; older pages load on demand, never all at once. */
export function useChatHistory(agentId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.agentMessages(agentId),
    queryFn: ({ pageParam }) => chatApi.history(agentId, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.before,
    // Turns sent from this page are shown from their streams; refetching would show them twice.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
