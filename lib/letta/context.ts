import "server-only";
import { toContextOverview } from "@/lib/memory/context-overview";
import type { ContextOverview } from "@/lib/memory/types";
import { withLetta } from "./client";

export async function getContextOverview(agentId: string): Promise<ContextOverview> {
  return withLetta(async (client) => {
    const [raw, blocks] = await Promise.all([
      client.get<unknown>(`/v1/agents/${encodeURIComponent(agentId)}/context`),
      client.agents.blocks.list(agentId, { limit: 100 }),
    ]);
    return toContextOverview(raw, blocks.getPaginatedItems());
  });
}
