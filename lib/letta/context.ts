import "server-only";
import { toContextOverview } from "@/lib/memory/context-overview";
import type { ContextOverview } from "@/lib/memory/types";
import { withLetta } from "./client";
import { listOpenAgentFiles } from "./folders";

export async function getContextOverview(agentId: string): Promise<ContextOverview> {
  return withLetta(async (client) => {
    const [raw, blocks, openFiles] = await Promise.all([
      client.get<unknown>(`/v1/agents/${encodeURIComponent(agentId)}/context`),
      client.agents.blocks.list(agentId, { limit: 100 }),
      listOpenAgentFiles(agentId),
    ]);
    return toContextOverview(raw, blocks.getPaginatedItems(), openFiles);
  });
}
