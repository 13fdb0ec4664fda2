import { AppError } from "@/lib/errors";
import { listAgentBlocks } from "@/lib/letta/blocks";
import type { MemoryBlock } from "@/lib/memory/types";
import { MemoryTabs } from "./memory-tabs";

/** The agent's memory (core blocks, archival passages, context window); loads the blocks on the server first. */
export async function MemoryPanel({ agentId }: { agentId: string }) {
  let initialBlocks: MemoryBlock[] | undefined;
  try {
    initialBlocks = await listAgentBlocks(agentId);
  } catch (error) {
    // The client fetches again and shows the reason where the blocks would be.
    if (!(error instanceof AppError)) throw error;
  }
  return <MemoryTabs agentId={agentId} initialBlocks={initialBlocks} />;
}
