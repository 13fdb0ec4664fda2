import "server-only";
import type { AgentState } from "@letta-ai/letta-client/resources/agents/agents";
import { accessConfig } from "@/lib/access/config";
import { maskId, publicUrl } from "@/lib/access/mask";
import type { AgentCodeSpec, CodeCustomTool } from "@/lib/agent-code/spec";
import { toolKind } from "@/lib/tools/kind";
import { withLetta } from "./client";
import { sleeptimeGroupOf } from "./sleeptime-group";

type ServerTool = AgentState["tools"][number];

function withoutNulls(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));
}

function toCustomTool(tool: ServerTool): CodeCustomTool | null {
  if (!tool.name || toolKind(tool.tool_type) !== "custom" || !tool.source_code) return null;
  return {
    name: tool.name,
    sourceCode: tool.source_code,
    description: tool.description ?? null,
    jsonSchema: tool.json_schema ?? null,
    pipRequirements: (tool.pip_requirements ?? []).map((requirement) => ({
      name: requirement.name,
      ...(requirement.version ? { version: requirement.version } : {}),
    })),
  };
}

/** An agent's whole definition as the generated code recreates it (shared with the compare view). */
export function toAgentDefinition(agent: AgentState): Omit<AgentCodeSpec, "baseUrl" | "projectId"> {
  const llm = agent.llm_config;
  const group = sleeptimeGroupOf(agent)?.group ?? null;
  const tools = [...agent.tools].sort((a, b) => (a.name ?? "").localeCompare(b.name ?? ""));
  return {
    agentId: agent.id,
    name: agent.name,
    description: agent.description ?? null,
    agentType: agent.agent_type,
    model: llm.handle ?? (llm.provider_name ? `${llm.provider_name}/${llm.model}` : llm.model),
    embedding: agent.embedding_config?.handle ?? agent.embedding ?? null,
    system: agent.system,
    tags: [...(agent.tags ?? [])].sort(),
    llm: {
      temperature: llm.temperature ?? null,
      contextWindow: llm.context_window ?? null,
      maxTokens: llm.max_tokens ?? null,
      reasoning: llm.enable_reasoner ?? null,
      reasoningEffort: llm.reasoning_effort ?? null,
    },
    blocks: [...agent.blocks]
      .sort((a, b) => (a.label ?? "").localeCompare(b.label ?? ""))
      .map((block) => ({
        label: block.label ?? "",
        value: block.value,
        limit: block.limit ?? null,
        description: block.description ?? null,
        readOnly: block.read_only ?? false,
      })),
    toolNames: tools.flatMap((tool) => (tool.name ? [tool.name] : [])),
    customTools: tools.flatMap((tool) => toCustomTool(tool) ?? []),
    toolRules: (agent.tool_rules ?? []).map(withoutNulls),
    sleeptime: {
      enabled: agent.enable_sleeptime === true,
      frequency: group?.sleeptime_agent_frequency ?? null,
    },
  };
}

/** The relations the definition needs, for `agents.retrieve`. */
export const AGENT_DEFINITION_INCLUDE = ["agent.blocks", "agent.tools", "agent.tags", "agent.managed_group"] as const;

/** What the Code view needs to write code that recreates the agent: its state now, and the server URL (no key). */
export async function getAgentCodeSpec(agentId: string): Promise<AgentCodeSpec> {
  return withLetta(async (client, connection) => {
    const agent = await client.agents.retrieve(agentId, { include: [...AGENT_DEFINITION_INCLUDE] });
    const demo = accessConfig().demo;
    return {
      baseUrl: publicUrl(connection.baseUrl, demo),
      projectId: connection.projectId ? (demo ? maskId(connection.projectId) : connection.projectId) : null,
      ...toAgentDefinition(agent),
    };
  });
}
