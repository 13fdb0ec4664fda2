import "server-only";
import { retrieveAgent } from "./page-reads";
import type { AgentState } from "@letta-ai/letta-client/resources/agents/agents";
import { editableRuleSchema, type EditableRule } from "@/lib/tools/rules";
import type { AgentToolsView, ToolRunResult } from "@/lib/tools/types";
import { withLetta } from "./client";
import { toToolSummary } from "./tools";

type ServerRule = NonNullable<AgentState["tool_rules"]>[number];

const isApprovalRule = (rule: ServerRule) => rule.type === "requires_approval";

function toView(agent: AgentState): AgentToolsView {
  const rules = agent.tool_rules ?? [];
  const gated = new Set(rules.filter(isApprovalRule).map((rule) => rule.tool_name));
  return {
    tools: agent.tools
      .filter((tool) => tool.name)
      .map((tool) => ({
        ...toToolSummary(tool),
        jsonSchema: tool.json_schema ?? null,
        requiresApproval: gated.has(tool.name ?? ""),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    rules: rules.flatMap((rule) => {
      if (isApprovalRule(rule)) return [];
      const parsed = editableRuleSchema.safeParse(rule);
      return parsed.success ? [parsed.data] : [];
    }),
  };
}

async function readAgent(agentId: string): Promise<AgentState> {
  return withLetta((client) => retrieveAgent(client, agentId));
}

/** The agent's tools (with their approval setting) and tool rules. */
export async function getAgentTools(agentId: string): Promise<AgentToolsView> {
  return toView(await readAgent(agentId));
}

export async function attachTool(agentId: string, toolId: string): Promise<void> {
  await withLetta((client) => client.agents.tools.attach(toolId, { agent_id: agentId }));
}

export async function detachTool(agentId: string, toolId: string): Promise<void> {
  await withLetta((client) => client.agents.tools.detach(toolId, { agent_id: agentId }));
}

/** Turns "requires approval" on or off for one of the agent's tools (the SDK's own method sends a wrong field). */
export async function setToolApproval(agentId: string, toolName: string, requiresApproval: boolean): Promise<void> {
  await withLetta((client) =>
    client.patch(`/v1/agents/${encodeURIComponent(agentId)}/tools/approval/${encodeURIComponent(toolName)}`, {
      body: { requires_approval: requiresApproval },
    }),
  );
}

/** Replaces the agent's tool rules with `rules`, keeping its approval rules (set per tool, not here). */
export async function replaceToolRules(agentId: string, rules: EditableRule[]): Promise<AgentToolsView> {
  return withLetta(async (client) => {
    const current = await client.agents.retrieve(agentId);
    const approvals = (current.tool_rules ?? []).filter(isApprovalRule);
    await client.agents.update(agentId, { tool_rules: [...rules, ...approvals] });
    return toView(await client.agents.retrieve(agentId, { include: ["agent.tools"] }));
  });
}

/** Runs one of the agent's tools with its saved code, as the agent would (with the agent's state and tool variables). */
export async function runAgentTool(
  agentId: string,
  toolName: string,
  args: Record<string, unknown>,
): Promise<ToolRunResult> {
  return withLetta(async (client) => {
    const result = await client.agents.tools.run(
      toolName,
      { agent_id: agentId, args },
      { timeout: 120_000, maxRetries: 0 },
    );
    const value = result.func_return;
    return {
      status: result.status === "error" ? "error" : "success",
      result:
        value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value, null, 2),
      stdout: result.stdout ?? [],
      stderr: result.stderr ?? [],
    };
  });
}
