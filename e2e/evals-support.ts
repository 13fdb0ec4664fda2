import type Letta from "@letta-ai/letta-client";
import type { AgentState } from "@letta-ai/letta-client/resources/agents/agents";

/** What must not change on an agent an experiment ran against: its blocks, its history, its runs. */
export async function agentSnapshot(letta: Letta, agentId: string) {
  const agent = await letta.agents.retrieve(agentId, { include: ["agent.blocks"] });
  const messages = (await letta.agents.messages.list(agentId, { limit: 200 })).getPaginatedItems();
  const runs = (await letta.runs.list({ agent_id: agentId, limit: 200 })).getPaginatedItems();
  return {
    blocks: Object.fromEntries(agent.blocks.map((block) => [block.label, block.value])),
    messages: messages.map((message) => message.id).sort(),
    runs: runs.length,
  };
}

/** The copies an experiment left on the server (found by the tag the runner gives them). */
export async function experimentCopies(letta: Letta, experimentId: string): Promise<string[]> {
  const page = await letta.agents.list({ tags: [`ade-eval:${experimentId}`], match_all_tags: true, limit: 100 });
  return page.getPaginatedItems().map((agent) => agent.id);
}

/** A second agent like the fixture's, with its human block changed. */
export async function cloneWithChangedHuman(letta: Letta, agent: AgentState, human: string): Promise<AgentState> {
  return letta.agents.create({
    name: `${agent.name}-clone`,
    model: agent.llm_config.handle ?? undefined,
    embedding: agent.embedding_config?.handle ?? undefined,
    memory_blocks: [
      { label: "persona", value: "I am a test agent." },
      { label: "human", value: human },
    ],
  });
}

/** A dataset file in the ADE's format. */
export function datasetFile(dataset: {
  name: string;
  gate?: number;
  cases: { id: string; input: string[]; expected?: string }[];
  graders: Record<string, unknown>[];
}): string {
  return JSON.stringify({ format: "letta-ade-dataset", version: 1, description: "", gate: 1, ...dataset }, null, 2);
}

/** The graders of the experiment spec: one of each deterministic kind. */
export const deterministicGraders = [
  { id: "reply", name: "Reply", kind: "reply", match: "contains" },
  { id: "remembered", name: "Remembered", kind: "tool_called", tool: "memory_insert", arguments: { label: '"human"' } },
  {
    id: "tool-output",
    name: "Tool output",
    kind: "tool_output",
    tool: "memory_insert",
    match: "contains",
    value: "end-to-end tests",
  },
  { id: "memory", name: "Memory", kind: "memory", label: "human", match: "contains" },
];

/** Agents on the server named like an experiment's copies (their sleep-time agents included, which carry no tag). */
export async function agentsNamedLikeCopies(letta: Letta, experimentId: string): Promise<string[]> {
  const prefix = `eval-${experimentId.slice(-8)}-`;
  const page = await letta.agents.list({ limit: 1000 });
  return page
    .getPaginatedItems()
    .filter((agent) => agent.name.startsWith(prefix))
    .map((agent) => agent.name);
}
