/**
 * Every TanStack Query key of the ADE, from one module. Keys are built from named prefixes and matched by
 * prefix (`hasPrefix`), never read by position.
 *
 * Everything a chat turn may change about one agent (memory, tools, settings, sleep-time, conversations)
 * sits under `agent(id)`, so invalidating that prefix refreshes all of it; the message history sits apart,
 * under `agentMessages(id, …)`, because the chat pane keeps it in step itself.
 */
const agents = () => ["agents"] as const;
const agentDetails = () => [...agents(), "detail"] as const;
const agent = (agentId: string) => [...agentDetails(), agentId] as const;
const agentMessagesOf = (agentId: string) => [...agents(), "messages", agentId] as const;

export const queryKeys = {
  serverStatus: () => ["server-status"] as const,
  agents,
  agentList: () => [...agents(), "list"] as const,
  /** One filtered, sorted agent list (its query string, without the name shown in the URL). */
  agentListPage: (listQuery: string) => [...agents(), "list", listQuery] as const,
  agentCounts: (listQuery: string, after: string | null | undefined) =>
    [...agents(), "counts", listQuery, after ?? null] as const,
  /** The one agent search by name (under agentList, so it is dropped with the lists). */
  agentSearch: (text: string, limit: number) => [...agents(), "list", "search", text, limit] as const,
  /** Everything under every agent's `agent(id)` (e.g. after a library block changed). */
  agentDetails,
  agent,
  agentTools: (agentId: string) => [...agent(agentId), "tools"] as const,
  agentConversations: (agentId: string) => [...agent(agentId), "conversations"] as const,
  agentFiles: (agentId: string) => [...agent(agentId), "files"] as const,
  agentModelStatus: (agentId: string) => [...agent(agentId), "model-status"] as const,
  agentCode: (agentId: string) => [...agent(agentId), "code"] as const,
  /** One agent's definition as the compare view reads it. */
  agentCompare: (agentId: string) => [...agent(agentId), "compare"] as const,
  agentRuns: (agentId: string) => [...agent(agentId), "runs"] as const,
  agentMessagesAll: agentMessagesOf,
  agentMessages: (agentId: string, conversationId: string | null = null) =>
    [...agentMessagesOf(agentId), conversationId ?? "default"] as const,
  /** The live tail of newer messages of one conversation. */
  agentMessagesNewer: (agentId: string, conversationId: string | null) =>
    [...agentMessagesOf(agentId), conversationId ?? "default", "newer"] as const,
  /** Turns other people are sending on one conversation, pushed by the agent's watch (components/watch). */
  agentMessagesWatched: (agentId: string, conversationId: string | null) =>
    [...agentMessagesOf(agentId), conversationId ?? "default", "watched"] as const,
  run: (runId: string) => ["runs", runId] as const,
  stepTrace: (stepId: string) => ["steps", stepId, "trace"] as const,
  modelsOverview: () => ["models", "overview"] as const,
  agentFileReport: (agentIds: readonly string[]) => ["agent-files", "report", agentIds.join(",")] as const,
  /** One experiment of the evals, as its page polls it while it runs. */
  evalExperiment: (experimentId: string) => ["evals", "experiments", experimentId] as const,
  /** The datasets' names, for the "Add to dataset" picker. */
  evalDatasets: () => ["evals", "datasets"] as const,
  folders: () => ["folders"] as const,
  folderList: () => ["folders", "list"] as const,
  folderFiles: (folderId: string) => ["folders", "detail", folderId, "files"] as const,
  folderFile: (folderId: string, fileId: string) => ["folders", "detail", folderId, "file", fileId] as const,
  folderAgents: (folderId: string) => ["folders", "detail", folderId, "agents"] as const,
};

/** TanStack Query keys for memory, under `queryKeys.agent(id)` so a chat turn's invalidation refreshes them. */
export const memoryKeys = {
  agent: (agentId: string) => queryKeys.agent(agentId),
  blocks: (agentId: string) => [...agent(agentId), "blocks"] as const,
  history: (agentId: string) => [...agent(agentId), "blocks", "history"] as const,
  passages: (agentId: string) => [...agent(agentId), "passages"] as const,
  passagePage: (agentId: string, before: string | null) => [...agent(agentId), "passages", "page", before] as const,
  passageSearch: (agentId: string, query: string, tags: readonly string[]) =>
    [...agent(agentId), "passages", "search", query, tags] as const,
  archives: (agentId: string) => [...agent(agentId), "archives"] as const,
  context: (agentId: string) => [...agent(agentId), "context"] as const,
  allBlocks: () => ["blocks"] as const,
  library: (search: string, count: number) => ["blocks", "library", search, count] as const,
};

export const settingsKeys = {
  settings: (agentId: string) => [...agent(agentId), "settings"] as const,
  compiledPrompt: (agentId: string) => [...agent(agentId), "settings", "compiled-prompt"] as const,
};

export const sleeptimeKeys = {
  settings: (agentId: string) => [...agent(agentId), "sleeptime"] as const,
  activity: (agentId: string) => [...agent(agentId), "sleeptime", "runs"] as const,
};

export const toolKeys = {
  all: () => ["tools"] as const,
  library: (search: string) => ["tools", "library", search] as const,
  detail: (toolId: string) => ["tools", "detail", toolId] as const,
  usage: (toolId: string) => ["tools", "usage", toolId] as const,
  mcpServers: () => ["tools", "mcp-servers"] as const,
  mcpServerTools: (serverId: string) => ["tools", "mcp-servers", serverId, "tools"] as const,
};

export const connectionKeys = { list: () => ["connections"] as const };

export const groupKeys = { list: () => ["groups"] as const };

/** True when `key` starts with `prefix` (TanStack's own prefix match, for predicates). */
export function hasPrefix(key: readonly unknown[], prefix: readonly unknown[]): boolean {
  return prefix.every((part, index) => JSON.stringify(key[index]) === JSON.stringify(part));
}
