import type { ForkPoint } from "@/lib/chat/conversation";
import {
  createConversationAction,
  forkConversationAction,
  resetMessagesAction,
  updateConversationAction,
} from "@/lib/chat/actions";
import type { HistoryPage } from "@/lib/chat/history";
import type { Outgoing } from "@/lib/chat/rows";
import { unwrap } from "@/lib/actions/result";
import { apiUrl, fetchJson } from "@/lib/fetch-json";
import { tabId } from "@/components/watch/tab-id";

const messages = (agentId: string) => ["agents", agentId, "messages"];

const post = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

/** The browser's chat calls: the message stream and history (route handlers) and the conversation actions. */
export const chatApi = {
  history: (agentId: string, conversationId: string | null, before: string | null) =>
    fetchJson<HistoryPage>(apiUrl(messages(agentId), { limit: "50", before, conversation: conversationId })),
  send: (agentId: string, conversationId: string | null, outgoing: Outgoing, signal: AbortSignal) =>
    fetch(apiUrl(messages(agentId)), {
      method: "POST",
      // The tab's id: the agent's watch relays the turn to every other viewer, not back to this tab.
      headers: { "Content-Type": "application/json", "x-ade-tab": tabId() },
      body: JSON.stringify({ ...outgoing, ...(conversationId ? { conversationId } : {}) }),
      signal,
    }),
  cancel: (agentId: string, conversationId: string | null, runIds: string[]) =>
    fetchJson<{ cancelled: true }>(
      apiUrl([...messages(agentId), "cancel"]),
      post({ runIds, ...(conversationId ? { conversationId } : {}) }),
    ),
  reset: async (agentId: string) => unwrap(resetMessagesAction({ agentId })),
  createConversation: async (agentId: string, name?: string) =>
    unwrap(createConversationAction({ agentId, ...(name ? { name } : {}) })),
  updateConversation: async (agentId: string, conversationId: string, change: { name?: string; archived?: boolean }) =>
    unwrap(updateConversationAction({ agentId, conversationId, ...change })),
  fork: async (agentId: string, from: ForkPoint, name: string) =>
    unwrap(forkConversationAction({ agentId, ...from, name })),
};
