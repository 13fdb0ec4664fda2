/** TanStack Query keys for memory; agent-scoped keys start with ["agent", agentId] so a chat turn's invalidation refreshes them. */
export const memoryKeys = {
  agent: (agentId: string) => ["agent", agentId] as const,
  blocks: (agentId: string) => ["agent", agentId, "blocks"] as const,
  history: (agentId: string) => ["agent", agentId, "blocks", "history"] as const,
  passages: (agentId: string) => ["agent", agentId, "passages"] as const,
  passagePage: (agentId: string, before: string | null) => ["agent", agentId, "passages", "page", before] as const,
  passageSearch: (agentId: string, query: string, tags: readonly string[]) => ["agent", agentId, "passages", "search", query, tags] as const,
  archives: (agentId: string) => ["agent", agentId, "archives"] as const,
  context: (agentId: string) => ["agent", agentId, "context"] as const,
  library: (search: string) => ["blocks", "library", search] as const,
  allBlocks: () => ["blocks"] as const,
};
