import "server-only";
import type { CompareSide } from "@/lib/compare/types";
import { AGENT_DEFINITION_INCLUDE, toAgentDefinition } from "./agent-code";
import { withLetta } from "./client";
import { sleeptimeGroupOf } from "./sleeptime-group";

/** One agent for the compare view: the Code view's reading of its definition, with the ids a copy needs. */
export async function getCompareSide(agentId: string): Promise<CompareSide> {
  return withLetta(async (client) => {
    const agent = await client.agents.retrieve(agentId, { include: [...AGENT_DEFINITION_INCLUDE] });
    const { customTools: _customTools, blocks, ...definition } = toAgentDefinition(agent);
    // Labels are unique per agent: each block of the definition gets its id back by label.
    const idOf = new Map(agent.blocks.map((block) => [block.label ?? "", block.id]));
    return {
      ...definition,
      blocks: blocks.map((block) => ({ ...block, id: idOf.get(block.label) ?? "" })),
      tools: agent.tools
        .flatMap((tool) => (tool.name ? [{ id: tool.id, name: tool.name }] : []))
        .sort((a, b) => a.name.localeCompare(b.name)),
      sleeptimeGroupId: sleeptimeGroupOf(agent)?.group.id ?? null,
    };
  });
}
