import "server-only";
import type Letta from "@letta-ai/letta-client";
import type { AgentState, AgentUpdateParams } from "@letta-ai/letta-client/resources/agents/agents";
import type { LlmConfig } from "@letta-ai/letta-client/resources/models/models";
import { reasoningEfforts, type ReasoningEffort, type SettingsPatch } from "@/lib/agents/settings";
import { AppError } from "@/lib/errors";
import { withLetta } from "./client";
import { sleeptimeAgentOf, sleeptimeGroupOf } from "./sleeptime-group";
import type { AgentSettingsView } from "@/lib/agents/types";
export type { AgentSettingsView };

function isReasoningEffort(value: unknown): value is ReasoningEffort {
  return typeof value === "string" && (reasoningEfforts as readonly string[]).includes(value);
}

function modelHandle(llm: LlmConfig): string | null {
  return llm.handle ?? (llm.provider_name ? `${llm.provider_name}/${llm.model}` : null);
}

function toAgentSettingsView(agent: AgentState, sleeptimeAgentName: string | null = null): AgentSettingsView {
  const llm = agent.llm_config;
  const group = agent.managed_group ?? agent.multi_agent_group ?? null;
  const sleeptimeAgentId = sleeptimeGroupOf(agent)?.sleeptimeId ?? null;
  const handle = modelHandle(llm);
  return {
    settings: {
      name: agent.name,
      description: agent.description ?? "",
      tags: [...(agent.tags ?? [])].sort(),
      system: agent.system,
      model: handle ?? llm.model,
      embedding: agent.embedding_config?.handle ?? agent.embedding ?? "",
      temperature: llm.temperature ?? 0.7,
      maxTokens: llm.max_tokens ?? null,
      contextWindow: llm.context_window,
      reasoning: llm.enable_reasoner ?? false,
      reasoningEffort: isReasoningEffort(llm.reasoning_effort) ? llm.reasoning_effort : null,
    },
    info: {
      id: agent.id,
      agentType: agent.agent_type,
      modelHandle: handle,
      modelName: llm.model,
      providerType: llm.model_endpoint_type,
      sleeptimeAgent: sleeptimeAgentId ? { id: sleeptimeAgentId, name: sleeptimeAgentName } : null,
      groupId: group?.id ?? null,
      updatedAt: agent.updated_at ?? null,
    },
  };
}

async function readView(client: Letta, agentId: string): Promise<AgentSettingsView> {
  const agent = await client.agents.retrieve(agentId, { include: ["agent.tags", "agent.managed_group"] });
  const sleeptimeName = (await sleeptimeAgentOf(client, agent))?.name ?? null;
  return toAgentSettingsView(agent, sleeptimeName);
}

/** Reads the agent's settings (plain reads: nothing on the server changes). */
export async function getAgentSettings(agentId: string): Promise<AgentSettingsView> {
  return withLetta((client) => readView(client, agentId));
}

function llmChanges(patch: SettingsPatch, from: LlmConfig): Partial<LlmConfig> | null {
  const changes: Partial<LlmConfig> = {};
  if (patch.temperature !== undefined && patch.temperature !== from.temperature)
    changes.temperature = patch.temperature;
  if (patch.reasoningEffort !== undefined && patch.reasoningEffort !== from.reasoning_effort)
    changes.reasoning_effort = patch.reasoningEffort;
  return Object.keys(changes).length > 0 ? changes : null;
}

/**
 * Saves the changed settings. The server keeps an agent's model settings in one llm_config: a new model rebuilds
 * it from that model's defaults (`model` with `context_window_limit` and `max_tokens`), then the changes it does
 * not take there (temperature, reasoning effort) go on top; without a new model, the agent's current llm_config,
 * read just now, is sent back with only the changed values in it (and `reasoning`, which the server applies to it). (The newer `model_settings` field is not used:
 * the server fills every field left out of it with its defaults, which would change settings nobody touched.)
 */
export async function updateAgentSettings(agentId: string, patch: SettingsPatch): Promise<AgentSettingsView> {
  return withLetta(async (client) => {
    const plain: AgentUpdateParams = {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.tags !== undefined ? { tags: patch.tags } : {}),
      ...(patch.system !== undefined ? { system: patch.system } : {}),
      ...(patch.embedding !== undefined ? { embedding: patch.embedding } : {}),
      ...(patch.reasoning !== undefined ? { reasoning: patch.reasoning } : {}),
    };
    let agent: AgentState;
    if (patch.model !== undefined) {
      agent = await client.agents.update(agentId, {
        ...plain,
        model: patch.model,
        ...(patch.contextWindow !== undefined ? { context_window_limit: patch.contextWindow } : {}),
        ...(patch.maxTokens !== undefined ? { max_tokens: patch.maxTokens } : {}),
      });
      const rest = llmChanges(patch, agent.llm_config);
      if (rest) agent = await client.agents.update(agentId, { llm_config: { ...agent.llm_config, ...rest } });
    } else if (
      patch.temperature !== undefined ||
      patch.maxTokens !== undefined ||
      patch.contextWindow !== undefined ||
      patch.reasoningEffort !== undefined ||
      // `reasoning` alone is lost: the server changes the stored llm_config in place, and the database never sees it.
      patch.reasoning !== undefined
    ) {
      const current = await client.agents.retrieve(agentId);
      const llm: LlmConfig = {
        ...current.llm_config,
        ...(llmChanges(patch, current.llm_config) ?? {}),
        ...(patch.maxTokens !== undefined ? { max_tokens: patch.maxTokens } : {}),
        ...(patch.contextWindow !== undefined ? { context_window: patch.contextWindow } : {}),
      };
      agent = await client.agents.update(agentId, { ...plain, llm_config: llm });
    } else if (Object.keys(plain).length > 0) {
      agent = await client.agents.update(agentId, plain);
    } else {
      throw new AppError("invalid_input", "Nothing to change.", "Change a setting first.");
    }
    // The update's answer leaves out relations the view shows (tags, group): read the agent as it is now.
    return readView(client, agent.id);
  });
}

/**
 * The system prompt as the agent's model receives it, with memory filled in: the server's recompile in dry-run
 * mode (POST /v1/agents/{id}/recompile?dry_run=true, not in the SDK), which stores nothing. It compiles the saved
 * prompt, not unsaved edits.
 */
export async function getCompiledSystemPrompt(agentId: string): Promise<string> {
  return withLetta(async (client) => {
    const compiled = await client.post<unknown>(`/v1/agents/${encodeURIComponent(agentId)}/recompile`, {
      query: { dry_run: true, update_timestamp: false },
    });
    if (typeof compiled !== "string") {
      throw new AppError(
        "server_error",
        "The Letta server's compiled prompt has an unexpected shape.",
        "This server version may not support the recompile preview.",
      );
    }
    return compiled;
  });
}
