import "server-only";
import type { AgentState } from "@letta-ai/letta-client/resources/agents/agents";
import type { CreateAgentValues, UpdateAgentValues } from "@/lib/agents/create-schema";
import type { AgentListQuery } from "@/lib/agents/list-query";
import { withLetta } from "./client";
import { sleeptimeAgentOf } from "./sleeptime-group";
import type { AgentCounts, AgentDetail, AgentPage, AgentSummary } from "@/lib/agents/types";
export type { AgentCounts, AgentDetail, AgentPage, AgentSummary };

function toAgentSummary(agent: AgentState, withCounts = true): AgentSummary {
  return {
    id: agent.id,
    name: agent.name,
    model: agent.model ?? agent.llm_config.handle ?? agent.llm_config.model ?? null,
    agentType: agent.agent_type,
    tags: [...(agent.tags ?? [])].sort(),
    blockCount: withCounts ? agent.blocks.length : null,
    toolCount: withCounts ? agent.tools.length : null,
    sleeptime: agent.enable_sleeptime === true,
    createdAt: agent.created_at ?? null,
    updatedAt: agent.updated_at ?? null,
  };
}

const AGENT_PAGE_SIZE = 50;

export type AgentListOptions = Partial<Pick<AgentListQuery, "q" | "tag" | "all" | "sort" | "order">> & {
  after?: string;
  limit?: number;
};

function listParams(options: AgentListOptions, limit: number) {
  // Absent filters are left out: the SDK sends `tags: null` as `tags=`, which matches no agent.
  return {
    limit,
    order: options.order ?? "desc",
    order_by: options.sort ?? "created_at",
    ...(options.after ? { after: options.after } : {}),
    ...(options.q ? { query_text: options.q } : {}),
    ...(options.tag && options.tag.length > 0 ? { tags: options.tag, match_all_tags: options.all === "1" } : {}),
  };
}

/**
 * One page of agents for a view (search, tags, sort), fetched with a cursor — never all of them. Without block and
 * tool counts: loading those relations makes the server's list about 4× slower (bench/agents-list), so the page
 * shows first and listAgentCounts fills the counts in.
 */
export async function listAgents(options: AgentListOptions = {}): Promise<AgentPage> {
  const limit = options.limit ?? AGENT_PAGE_SIZE;
  return withLetta(async (client) => {
    const page = await client.agents.list({ ...listParams(options, limit + 1), include: ["agent.tags"] });
    const items = page.getPaginatedItems();
    const agents = items.slice(0, limit).map((agent) => toAgentSummary(agent, false));
    const last = agents.at(-1);
    return { agents, nextCursor: items.length > limit && last ? last.id : null };
  });
}

/** Memory block and tool counts of the agents on one page of a view (same view, cursor and size as listAgents). */
export async function listAgentCounts(options: AgentListOptions = {}): Promise<AgentCounts> {
  const limit = options.limit ?? AGENT_PAGE_SIZE;
  return withLetta(async (client) => {
    const page = await client.agents.list({ ...listParams(options, limit), include: ["agent.blocks", "agent.tools"] });
    return Object.fromEntries(
      page.getPaginatedItems().map((agent) => [agent.id, { blocks: agent.blocks.length, tools: agent.tools.length }]),
    );
  });
}

/** Whether the server holds any agent at all (tells "no agents" from "nothing matches"). */
export async function hasAnyAgent(): Promise<boolean> {
  return withLetta(async (client) => {
    const page = await client.agents.list({ limit: 1 });
    return page.getPaginatedItems().length > 0;
  });
}

export async function getAgent(agentId: string): Promise<AgentDetail> {
  return withLetta(async (client) => {
    const agent = await client.agents.retrieve(agentId, {
      include: ["agent.blocks", "agent.tools", "agent.tags", "agent.managed_group"],
    });
    const group = agent.managed_group ?? agent.multi_agent_group ?? null;
    const sleeptimeAgent = await sleeptimeAgentOf(client, agent);
    return {
      ...toAgentSummary(agent),
      description: agent.description ?? null,
      system: agent.system,
      toolNames: agent.tools.map((tool) => tool.name ?? tool.id),
      sleeptimeAgent,
      groupId: group?.id ?? null,
    };
  });
}

export async function createAgent(values: CreateAgentValues): Promise<{ id: string }> {
  return withLetta(async (client) => {
    const agent = await client.agents.create({
      name: values.name,
      description: values.description || null,
      agent_type: values.agentType,
      model: values.model,
      embedding: values.embedding || null,
      memory_blocks: values.blocks.map((block) => ({
        label: block.label,
        value: block.value,
        limit: block.limit,
        description: block.description || null,
        read_only: block.readOnly,
      })),
      include_base_tools: values.includeBaseTools,
      tools: values.toolNames,
      enable_sleeptime: values.enableSleeptime,
      tags: values.tags,
    });
    return { id: agent.id };
  });
}

export async function updateAgent(agentId: string, values: UpdateAgentValues): Promise<AgentSummary> {
  return withLetta(async (client) => {
    const agent = await client.agents.update(agentId, {
      ...(values.name !== undefined ? { name: values.name } : {}),
      ...(values.description !== undefined ? { description: values.description } : {}),
      ...(values.tags !== undefined ? { tags: values.tags } : {}),
    });
    return toAgentSummary(agent);
  });
}

/** Deletes the agent; the server also deletes its sleep-time agent and their group. */
export async function deleteAgent(agentId: string): Promise<void> {
  await withLetta((client) => client.agents.delete(agentId));
}
