import "server-only";
import { retrieveRelatedAgent } from "./page-reads";
import type Letta from "@letta-ai/letta-client";
import type { AgentState } from "@letta-ai/letta-client/resources/agents/agents";

/** The sleep-time group an agent manages, and its sleep-time agent's id (null without one). */
export function sleeptimeGroupOf(agent: AgentState) {
  const group = agent.managed_group ?? agent.multi_agent_group ?? null;
  if (!group || group.manager_type !== "sleeptime") return null;
  return { group, sleeptimeId: group.agent_ids.find((id) => id !== agent.id) ?? null };
}

/** The agent's sleep-time agent with its name (null when it has none; the name is null when it cannot be read). */
export async function sleeptimeAgentOf(
  client: Letta,
  agent: AgentState,
): Promise<{ id: string; name: string | null } | null> {
  const sleeptimeId = sleeptimeGroupOf(agent)?.sleeptimeId;
  if (!sleeptimeId) return null;
  const name = await retrieveRelatedAgent(client, sleeptimeId).then(
    (companion) => companion.name,
    () => null,
  );
  return { id: sleeptimeId, name };
}
