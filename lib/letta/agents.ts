import "server-only";
import type { AgentState } from "@letta-ai/letta-client/resources/agents/agents";
import { withLetta } from "./client";

/** The app's own view of an agent in a list. */
export interface AgentSummary {
  id: string;
  name: string;
  model: string | null;
  agentType: string;
  tags: string[];
  createdAt: string | null;
  updatedAt: string | null;
}

export interface AgentPage {
  agents: AgentSummary[];
  /** Cursor for the next page, or null on the last one. */
  nextCursor: string | null;
}

export function toAgentSummary(agent: AgentState): AgentSummary {
  return {
    id: agent.id,
    name: agent.name,
    model: agent.model ?? agent.llm_config.handle ?? agent.llm_config.model ?? null,
    agentType: agent.agent_type,
    tags: agent.tags ?? [],
    createdAt: agent.created_at ?? null,
    updatedAt: agent.updated_at ?? null,
  };
}

export const AGENT_PAGE_SIZE = 50;

/** One page of agents, newest first, fetched with a cursor (never all of them). */
export async function listAgents(options: { after?: string; limit?: number } = {}): Promise<AgentPage> {
  const limit = options.limit ?? AGENT_PAGE_SIZE;
  return withLetta(async (client) => {
    const page = await client.agents.list({
      limit: limit + 1,
      after: options.after ?? null,
      order: "desc",
      order_by: "created_at",
      include: ["agent.tags"],
    });
    const items = page.getPaginatedItems();
    const agents = items.slice(0, limit).map(toAgentSummary);
    const last = agents.at(-1);
    return { agents, nextCursor: items.length > limit && last ? last.id : null };
  });
}

export interface AgentDetail extends AgentSummary {
  description: string | null;
  system: string;
  blockCount: number;
  toolNames: string[];
}

export async function getAgent(agentId: string): Promise<AgentDetail> {
  return withLetta(async (client) => {
    const agent = await client.agents.retrieve(agentId, { include: ["agent.blocks", "agent.tools", "agent.tags"] });
    return {
      ...toAgentSummary(agent),
      description: agent.description ?? null,
      system: agent.system,
      blockCount: agent.blocks.length,
      toolNames: agent.tools.map((tool) => tool.name ?? tool.id),
    };
  });
}
