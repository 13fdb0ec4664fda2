/**
 * Query keys shared by every panel that shows an agent's data. Everything about one agent sits under
 * `agent(id)`, so invalidating that prefix refreshes all of it after a turn may have changed it.
 */
export const queryKeys = {
  serverStatus: () => ["server-status"] as const,
  modelsOverview: () => ["models", "overview"] as const,
  agentList: () => ["agents", "list"] as const,
  /** The agent switcher's search by name (under agentList, so it is dropped with the lists). */
  agentSearch: (text: string) => ["agents", "list", "search", text] as const,
  agent: (agentId: string) => ["agents", "detail", agentId] as const,
  agentMemory: (agentId: string) => ["agents", "detail", agentId, "memory"] as const,
  agentTools: (agentId: string) => ["agents", "detail", agentId, "tools"] as const,
  agentFiles: (agentId: string) => ["agents", "detail", agentId, "files"] as const,
  agentModelStatus: (agentId: string) => ["agents", "detail", agentId, "model-status"] as const,
  agentCode: (agentId: string) => ["agents", "detail", agentId, "code"] as const,
  agentConversations: (agentId: string) => ["agents", "detail", agentId, "conversations"] as const,
  agentRuns: (agentId: string) => ["agents", "detail", agentId, "runs"] as const,
  run: (runId: string) => ["runs", runId] as const,
  stepTrace: (stepId: string) => ["steps", stepId, "trace"] as const,
  agentMessages: (agentId: string, conversationId: string | null = null) =>
    ["agents", "detail", agentId, "messages", conversationId ?? "default"] as const,
  agentFileReport: (agentIds: readonly string[]) => ["agent-files", "report", agentIds.join(",")] as const,
  folders: () => ["folders"] as const,
  folderList: () => ["folders", "list"] as const,
  folderFiles: (folderId: string) => ["folders", "detail", folderId, "files"] as const,
  folderFile: (folderId: string, fileId: string) => ["folders", "detail", folderId, "file", fileId] as const,
  folderAgents: (folderId: string) => ["folders", "detail", folderId, "agents"] as const,
};

/** True for keys of an agent's message history, which the chat pane keeps in step itself. */
export function isMessagesKey(key: readonly unknown[]): boolean {
  return key[3] === "messages";
}
