import { queryKeys } from "@/lib/query-keys";

/** TanStack Query keys for memory; agent-scoped keys sit under `queryKeys.agent(id)` so a chat turn's invalidation refreshes them. */
export const memoryKeys = {
  agent: (agentId: string) => queryKeys.agent(agentId),
  blocks: (agentId: string) => [...queryKeys.agent(agentId), "blocks"] as const,
  history: (agentId: string) => [...queryKeys.agent(agentId), "blocks", "history"] as const,
  passages: (agentId: string) => [...queryKeys.agent(agentId), "passages"] as const,
  passagePage: (agentId: string, before: string | null) =>
    [...queryKeys.agent(agentId), "passages", "page", before] as const,
  passageSearch: (agentId: string, query: string, tags: readonly string[]) =>
    [...queryKeys.agent(agentId), "passages", "search", query, tags] as const,
  archives: (agentId: string) => [...queryKeys.agent(agentId), "archives"] as const,
  context: (agentId: string) => [...queryKeys.agent(agentId), "context"] as const,
  library: (search: string, count: number) => ["blocks", "library", search, count] as const,
  allBlocks: () => ["blocks"] as const,
};
