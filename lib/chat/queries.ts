import { queryOptions } from "@tanstack/react-query";
import type { ConversationView } from "@/lib/chat/conversation";
import { apiUrl, fetchJson } from "@/lib/fetch-json";
import { queryKeys } from "@/lib/query-keys";

/** The agent's conversations (the conversation bar); the agent page prefetches it on the server. */
export const conversationsQuery = (agentId: string) =>
  queryOptions({
    queryKey: queryKeys.agentConversations(agentId),
    queryFn: () => fetchJson<ConversationView[]>(apiUrl(["agents", agentId, "conversations"])),
  });
