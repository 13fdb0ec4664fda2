import type { HistoryPage } from "@/lib/chat/history";
import type { Outgoing } from "@/lib/chat/rows";
import { fetchJson } from "@/lib/fetch-json";

const base = (agentId: string) => `/api/agents/${encodeURIComponent(agentId)}/messages`;

const post = (body: unknown): RequestInit => ({ method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

/** The browser's calls to the ADE's message routes. */
export const chatApi = {
  history: (agentId: string, before: string | null) =>
    fetchJson<HistoryPage>(`${base(agentId)}?limit=50${before ? `&before=${encodeURIComponent(before)}` : ""}`),
  send: (agentId: string, outgoing: Outgoing, signal: AbortSignal) => fetch(base(agentId), { ...post(outgoing), signal }),
  cancel: (agentId: string, runIds: string[]) => fetchJson<{ cancelled: true }>(`${base(agentId)}/cancel`, post({ runIds })),
  reset: (agentId: string) => fetchJson<{ reset: true }>(`${base(agentId)}/reset`, post({})),
};
