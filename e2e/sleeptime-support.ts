import { randomUUID } from "node:crypto";
import type Letta from "@letta-ai/letta-client";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { AgentPage } from "./pages/agent-page";
import { scriptedEmbedding, scriptedModel } from "./test-stack";

export interface LettaGroup {
  id: string;
  manager_type: string;
  agent_ids: string[];
  sleeptime_agent_frequency: number | null;
}

/** An agent on the scripted model with sleep-time on, a persona and a human block; `prefix` starts its name. */
export function createSleeptimeAgent(letta: Letta, prefix: string) {
  return letta.agents.create({
    name: `${prefix}-${randomUUID().slice(0, 8)}`,
    model: scriptedModel,
    embedding: scriptedEmbedding,
    enable_sleeptime: true,
    memory_blocks: [
      { label: "persona", value: "I am a test agent." },
      { label: "human", value: "The user runs end-to-end tests." },
    ],
  });
}

export async function readGroup(letta: Letta, groupId: string): Promise<LettaGroup> {
  return letta.get<LettaGroup>(`/v1/groups/${groupId}`);
}

export async function sleeptimeGroupOf(letta: Letta, agentId: string) {
  const agent = await letta.agents.retrieve(agentId, { include: ["agent.managed_group"] });
  return { agent, group: agent.managed_group ?? null };
}

/** Deletes an agent and whatever sleep-time agents and group it has. */
export async function deleteWithSleeptime(letta: Letta, agentId: string): Promise<void> {
  const { group } = await sleeptimeGroupOf(letta, agentId).catch(() => ({ group: null }));
  await letta.agents.delete(agentId).catch(() => undefined);
  for (const id of group?.agent_ids ?? []) await letta.agents.delete(id).catch(() => undefined);
  if (group) await letta.delete(`/v1/groups/${group.id}`).catch(() => undefined);
}

export async function openSleeptimePanel(page: Page, agentId: string) {
  const agentPage = new AgentPage(page);
  await agentPage.goto(agentId);
  await agentPage.sleeptime.open();
  const panel = agentPage.sleeptime.region;
  await expect(panel).toBeVisible();
  return panel;
}
