/**
 * Query keys shared by every panel that shows an agent's data. Everything about one agent sits under
 * `agent(id)`, so invalidating that prefix refreshes all of it after a turn may have changed it.
 */
export const queryKeys = {
  serverStatus: () => ["server-status"] as const,
  agentList: () => ["agents", "list"] as const,
  /** The command palette's agent search (by part of the name). */
  paletteAgents: (search: string) => ["agents", "palette", search] as const,
  agent: (agentId: string) => ["agents", "detail", agentId] as const,
  agentMemory: (agentId: string) => ["agents", "detail", agentId, "memory"] as const,
  agentTools: (agentId: string) => ["agents", "detail", agentId, "tools"] as const,
  agentConversations: (agentId: string) => ["agents", "detail", agentId, "conversations"] as const,
  agentMessages: (agentId: string, conversationId: string | null = null) =>
    ["agents", "detail", agentId, "messages", conversationId ?? "default"] as const,
};

/** True for keys of an agent's message history, which the chat pane keeps in step itself. */
export function isMessagesKey(key: readonly unknown[]): boolean {
  return key[3] === "messages";
}
