import { MemoryTabs } from "./memory-tabs";

/** The agent's memory (core blocks, archival passages, context window); the page prefetches the blocks. */
export function MemoryPanel({ agentId }: { agentId: string }) {
  return <MemoryTabs agentId={agentId} />;
}
