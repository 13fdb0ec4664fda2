import type { AgentRef, MissingModel } from "./types";

/** What the ADE needs of an agent to tell which models it uses. */
export interface AgentModelUse extends AgentRef {
  modelHandle: string | null;
  /** The provider its model config names, and whether that provider was added at run time ("byok"). */
  modelProvider: string | null;
  modelCategory: "byok" | "base" | null;
  embeddingHandle: string | null;
}

export interface OfferedModel {
  handle: string;
  provider: string;
}

/**
 * Whether a listed model is the one the agent uses. Letta 0.16.8 names the chat models of every OpenAI-compatible
 * provider `openai-proxy/<model>`, so two providers can offer the same handle: an agent whose config names a
 * run-time provider uses that provider's model only.
 */
export function usesModel(agent: AgentModelUse, model: OfferedModel): boolean {
  if (agent.modelHandle !== model.handle) return false;
  return agent.modelCategory !== "byok" || agent.modelProvider === null || agent.modelProvider === model.provider;
}

export function isModelOffered(agent: AgentModelUse, models: readonly OfferedModel[]): boolean {
  return agent.modelHandle === null || models.some((model) => usesModel(agent, model));
}

export function isEmbeddingOffered(agent: AgentModelUse, embeddings: readonly { handle: string }[]): boolean {
  return agent.embeddingHandle === null || embeddings.some((embedding) => embedding.handle === agent.embeddingHandle);
}

/** The models agents use that the server no longer offers, each with the agents that use it. */
export function missingModels(
  agents: readonly AgentModelUse[],
  models: readonly OfferedModel[],
  embeddings: readonly { handle: string }[],
): MissingModel[] {
  const found = new Map<string, MissingModel>();
  const add = (kind: MissingModel["kind"], handle: string, provider: string | null, agent: AgentModelUse) => {
    const key = JSON.stringify([kind, handle, provider]);
    const entry = found.get(key) ?? { kind, handle, provider, agents: [] };
    entry.agents.push({ id: agent.id, name: agent.name });
    found.set(key, entry);
  };
  for (const agent of agents) {
    if (agent.modelHandle !== null && !isModelOffered(agent, models))
      add("model", agent.modelHandle, agent.modelCategory === "byok" ? agent.modelProvider : null, agent);
    if (agent.embeddingHandle !== null && !isEmbeddingOffered(agent, embeddings))
      add("embedding", agent.embeddingHandle, null, agent);
  }
  return [...found.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.handle.localeCompare(b.handle));
}

/** The agents that use a run-time provider's models (chat or embedding), for the delete confirmation. */
export function agentsUsingProvider(
  providerName: string,
  agents: readonly AgentModelUse[],
  models: readonly OfferedModel[],
): AgentRef[] {
  const handles = new Set(models.filter((model) => model.provider === providerName).map((model) => model.handle));
  return agents
    .filter(
      (agent) =>
        (agent.modelCategory === "byok" && agent.modelProvider === providerName) ||
        (agent.modelCategory !== "byok" && agent.modelHandle !== null && handles.has(agent.modelHandle)) ||
        (agent.embeddingHandle?.startsWith(`${providerName}/`) ?? false),
    )
    .map((agent) => ({ id: agent.id, name: agent.name }));
}

/** The provider of an embedding model: Letta names a run-time provider's embeddings `<provider name>/<model>`. */
export function embeddingProvider(handle: string, fallback: string): string {
  const slash = handle.indexOf("/");
  return slash > 0 ? handle.slice(0, slash) : fallback;
}
