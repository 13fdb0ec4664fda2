import type { ConversationView, ForkPoint } from "@/lib/chat/conversation";
import type { HistoryPage, HistoryTail } from "@/lib/chat/history";
import type { Outgoing } from "@/lib/chat/rows";
import { fetchJson } from "@/lib/fetch-json";

const base = (agentId: string) => `/api/agents/${encodeURIComponent(agentId)}/messages`;

const post = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

/** The browser's calls to the ADE's message routes. */
export const chatApi = {
  history: (agentId: string, conversationId: string | null, before: string | null) => {
    const query = new URLSearchParams({ limit: "50" });
    if (before) query.set("before", before);
    if (conversationId) query.set("conversation", conversationId);
    return fetchJson<HistoryPage>(`${base(agentId)}?${query}`);
  },
  /** Messages newer than `after` (from the start when null). */
  newer: (agentId: string, conversationId: string | null, after: string | null, signal: AbortSignal) => {
    const query = new URLSearchParams({ limit: "100" });
    if (after) query.set("after", after);
    else query.set("newer", "1");
    if (conversationId) query.set("conversation", conversationId);
    return fetchJson<HistoryTail>(`${base(agentId)}?${query}`, { signal });
  },
  send: (agentId: string, conversationId: string | null, outgoing: Outgoing, signal: AbortSignal) =>
    fetch(base(agentId), { ...post({ ...outgoing, ...(conversationId ? { conversationId } : {}) }), signal }),
  cancel: (agentId: string, conversationId: string | null, runIds: string[]) =>
    fetchJson<{ cancelled: true }>(
      `${base(agentId)}/cancel`,
      post({ runIds, ...(conversationId ? { conversationId } : {}) }),
    ),
  reset: (agentId: string) => fetchJson<{ reset: true }>(`${base(agentId)}/reset`, post({})),
  conversations: (agentId: string) =>
    fetchJson<ConversationView[]>(`/api/agents/${encodeURIComponent(agentId)}/conversations`),
  createConversation: (agentId: string, name?: string) =>
    fetchJson<ConversationView>(`/api/agents/${encodeURIComponent(agentId)}/conversations`, post(name ? { name } : {})),
  updateConversation: (agentId: string, conversationId: string, change: { name?: string; archived?: boolean }) =>
    fetchJson<ConversationView>(
      `/api/agents/${encodeURIComponent(agentId)}/conversations/${encodeURIComponent(conversationId)}`,
      {
        ...post(change),
        method: "PATCH",
      },
    ),
  fork: (agentId: string, from: ForkPoint, name: string) =>
    fetchJson<ConversationView>(
      `/api/agents/${encodeURIComponent(agentId)}/conversations/fork`,
      post({ ...from, name }),
    ),
};
