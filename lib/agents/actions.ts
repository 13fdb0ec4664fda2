"use server";

import { runAction } from "@/lib/actions/run-action";
import { cloneAgent } from "@/lib/letta/agent-files";
import { updateAgentSettings } from "@/lib/letta/agent-settings";
import { createAgent, deleteAgent, updateAgent } from "@/lib/letta/agents";
import { tellWatchers } from "@/lib/watch/tell";
import { cloneAgentInput, createAgentSchema, deleteAgentInput, updateAgentInput, updateSettingsInput } from "./schema";

export async function createAgentAction(input: unknown) {
  return runAction(createAgentSchema, input, (agent) => createAgent(agent));
}

/** Name, description and tags (the header's quick edits). */
export async function updateAgentAction(input: unknown) {
  return runAction(updateAgentInput, input, ({ agentId, ...change }) => updateAgent(agentId, change));
}

export async function deleteAgentAction(input: unknown) {
  return runAction(deleteAgentInput, input, async ({ agentId }) => {
    await deleteAgent(agentId);
    await tellWatchers(agentId, "deleted");
    return null;
  });
}

/** Copies an agent through an agent file (memory, tools and, if asked, its messages). */
export async function cloneAgentAction(input: unknown) {
  return runAction(cloneAgentInput, input, async ({ agentId, ...options }) => ({
    agents: await cloneAgent(agentId, options),
  }));
}

/** Model, system prompt and the other settings of the settings editor. */
export async function updateAgentSettingsAction(input: unknown) {
  return runAction(updateSettingsInput, input, ({ agentId, ...patch }) => updateAgentSettings(agentId, patch));
}
