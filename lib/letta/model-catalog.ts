import "server-only";
import type Letta from "@letta-ai/letta-client";
import type { AgentState } from "@letta-ai/letta-client/resources/agents/agents";
import { accessConfig } from "@/lib/access/config";
import { publicUrl } from "@/lib/access/mask";
import {
  agentsUsingProvider,
  embeddingProvider,
  isEmbeddingOffered,
  isModelOffered,
  missingModels,
  usesModel,
  type AgentModelUse,
} from "@/lib/providers/availability";
import { providerChecks } from "@/lib/providers/check-store";
import type {
  AgentModelStatus,
  CatalogEmbedding,
  CatalogModel,
  EnvProviderView,
  ModelsOverview,
} from "@/lib/providers/types";
import { withLetta } from "./client";
import { listModelLists, retrieveAgent } from "./page-reads";
import type { LettaConnection } from "./connection";
import { listProviders, providerTypes } from "./providers";

/** The most agents the Models page reads to say which use what (pages of 100). */
const AGENT_SCAN_LIMIT = 2000;

export function checkServerKey(connection: LettaConnection): string {
  return connection.projectId ? `${connection.baseUrl}#${connection.projectId}` : connection.baseUrl;
}

function toModelUse(agent: AgentState): AgentModelUse {
  const llm = agent.llm_config;
  const category = llm.provider_category === "byok" ? "byok" : llm.provider_category === "base" ? "base" : null;
  return {
    id: agent.id,
    name: agent.name,
    modelHandle: llm.handle ?? (llm.provider_name ? `${llm.provider_name}/${llm.model}` : null),
    modelProvider: llm.provider_name ?? null,
    modelCategory: category,
    embeddingHandle: agent.embedding_config?.handle ?? null,
  };
}

async function scanAgents(client: Letta): Promise<{ agents: AgentModelUse[]; truncated: boolean }> {
  const agents: AgentModelUse[] = [];
  let after: string | undefined;
  while (agents.length < AGENT_SCAN_LIMIT) {
    const page = await client.agents.list({ limit: 100, order: "asc", ...(after ? { after } : {}) });
    const items = page.getPaginatedItems();
    agents.push(...items.map(toModelUse));
    if (items.length < 100) return { agents, truncated: false };
    after = items.at(-1)?.id;
  }
  return { agents, truncated: true };
}

interface ListedModels {
  models: Array<Omit<CatalogModel, "agents"> & { endpoint: string | null }>;
  embeddings: Array<Omit<CatalogEmbedding, "agents">>;
}

async function listModels(client: Letta): Promise<ListedModels> {
  const [models, embeddings] = await listModelLists(client);
  return {
    models: models.map((model) => ({
      handle: model.handle ?? `${model.provider_name ?? model.provider_type}/${model.name}`,
      name: model.display_name ?? model.name,
      provider: model.provider_name ?? model.provider_type,
      providerType: model.provider_type,
      category: model.provider_category === "byok" ? "byok" : "base",
      contextWindow: model.max_context_window ?? model.context_window,
      endpoint: model.model_endpoint ?? null,
    })),
    embeddings: embeddings.map((embedding) => ({
      handle: embedding.handle ?? `${embedding.provider_name}/${embedding.name}`,
      name: embedding.display_name,
      // Letta answers "openai" (the endpoint type) as every embedding's provider; the handle names the provider.
      provider: embeddingProvider(embedding.handle ?? "", embedding.provider_name),
      dimensions: embedding.embedding_dim,
    })),
  };
}

function envProvidersOf(models: ListedModels["models"]): EnvProviderView[] {
  const demo = accessConfig().demo;
  const byName = new Map<string, EnvProviderView>();
  for (const model of models) {
    if (model.category !== "base" || byName.has(model.provider)) continue;
    byName.set(model.provider, {
      name: model.provider,
      type: model.providerType,
      endpoint: model.endpoint ? publicUrl(model.endpoint, demo) : null,
    });
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Letta's hosted free model needs Letta's cloud: it goes last, so a switch never picks it by default. */
const hostedFallbacks = new Set(["letta/letta-free"]);

const byHandle = (a: { provider: string; handle: string }, b: { provider: string; handle: string }) =>
  Number(hostedFallbacks.has(a.handle)) - Number(hostedFallbacks.has(b.handle)) ||
  a.provider.localeCompare(b.provider) ||
  a.handle.localeCompare(b.handle);

/** Everything the Models page shows: providers, every model with the agents that use it, and what is missing. */
export async function modelsOverview(): Promise<ModelsOverview> {
  return withLetta(async (client, connection) => {
    const [providers, listed, scan, types, checks] = await Promise.all([
      listProviders(connection),
      listModels(client),
      scanAgents(client),
      providerTypes(),
      providerChecks(checkServerKey(connection)),
    ]);
    const models: CatalogModel[] = listed.models
      .map(({ endpoint: _endpoint, ...model }) => ({
        ...model,
        agents: scan.agents.filter((agent) => usesModel(agent, model)).map(({ id, name }) => ({ id, name })),
      }))
      .sort(byHandle);
    const embeddings: CatalogEmbedding[] = listed.embeddings
      .map((embedding) => ({
        ...embedding,
        agents: scan.agents
          .filter((agent) => agent.embeddingHandle === embedding.handle)
          .map(({ id, name }) => ({ id, name })),
      }))
      .sort(byHandle);
    return {
      providers,
      envProviders: envProvidersOf(listed.models),
      models,
      embeddings,
      missing: missingModels(scan.agents, listed.models, listed.embeddings),
      providerAgents: Object.fromEntries(
        providers.map((provider) => [provider.id, agentsUsingProvider(provider.name, scan.agents, listed.models)]),
      ),
      checks: Object.fromEntries(Object.entries(checks).filter(([id]) => providers.some((p) => p.id === id))),
      agentsScanned: scan.agents.length,
      agentsTruncated: scan.truncated,
      providerTypes: types,
    };
  });
}

/** Whether the models one agent uses are still offered, with the models it could switch to. */
export async function agentModelStatus(agentId: string): Promise<AgentModelStatus> {
  return withLetta(async (client) => {
    const [agent, listed] = await Promise.all([retrieveAgent(client, agentId), listModels(client)]);
    const use = toModelUse(agent);
    const missing: AgentModelStatus["missing"] = [];
    if (use.modelHandle !== null && !isModelOffered(use, listed.models))
      missing.push({
        kind: "model",
        handle: use.modelHandle,
        provider: use.modelCategory === "byok" ? use.modelProvider : null,
      });
    if (use.embeddingHandle !== null && !isEmbeddingOffered(use, listed.embeddings))
      missing.push({ kind: "embedding", handle: use.embeddingHandle, provider: null });
    return {
      agentId,
      missing,
      models: listed.models.map(({ handle, provider }) => ({ handle, provider })).sort(byHandle),
      embeddings: listed.embeddings.map(({ handle, provider }) => ({ handle, provider })).sort(byHandle),
    };
  });
}

/**
 * Points an agent at another chat or embedding model. A new chat model gets that model's defaults from the server
 * (context window, max output tokens), as when it is chosen in the agent's settings.
 */
export async function switchAgentModel(agentId: string, kind: "model" | "embedding", handle: string): Promise<void> {
  await withLetta((client) =>
    client.agents.update(agentId, kind === "model" ? { model: handle } : { embedding: handle }),
  );
}
