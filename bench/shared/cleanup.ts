import type Letta from "@letta-ai/letta-client";

/**
 * Deletes an agent a bench made, and then its memory blocks: Letta keeps an agent's blocks when the agent is
 * deleted, and a bench stack that gathers them over runs lists more on `/blocks` each time.
 */
export async function deleteBenchAgent(letta: Letta, agentId: string): Promise<void> {
  const blocks = await letta.agents.blocks
    .list(agentId, { limit: 100 })
    .then((page) => page.getPaginatedItems())
    .catch(() => []);
  await letta.agents.delete(agentId).catch(() => undefined);
  for (const block of blocks) await letta.blocks.delete(block.id).catch(() => undefined);
}
