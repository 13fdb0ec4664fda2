/** What the ADE shows of the server's providers and models (no key ever: the browser only learns whether one is set). */

/** A provider added at run time (Letta calls these BYOK): editable, refreshable, deletable. */
export interface ProviderView {
  id: string;
  name: string;
  type: string;
  baseUrl: string | null;
  region: string | null;
  apiVersion: string | null;
  /** Whether the server holds a key for it (the key itself never leaves the ADE's server). */
  hasKey: boolean;
  hasAccessKey: boolean;
  /** When the server last fetched its model list successfully; null: never. */
  lastSynced: string | null;
  updatedAt: string | null;
}

/** A provider from the server's environment, known only through its models: read-only. */
export interface EnvProviderView {
  name: string;
  type: string;
  endpoint: string | null;
}

/** The result of the server's check of a provider's key and endpoint, as the ADE last saw it. */
export interface ProviderCheckRecord {
  ok: boolean;
  /** The server's words. */
  message: string;
  /** The URL the server called to list the models (worked out from the type and base URL). */
  endpoint: string;
  checkedAt: string;
}

export interface AgentRef {
  id: string;
  name: string;
}

export interface CatalogModel {
  handle: string;
  name: string;
  provider: string;
  providerType: string;
  /** "byok": added at run time; "base": from the server's environment. */
  category: "byok" | "base";
  contextWindow: number;
  agents: AgentRef[];
}

export interface CatalogEmbedding {
  handle: string;
  name: string;
  provider: string;
  dimensions: number;
  agents: AgentRef[];
}

/** A model an agent uses that the server no longer offers. */
export interface MissingModel {
  kind: "model" | "embedding";
  handle: string;
  /** The provider the agent's config names (null when it names none). */
  provider: string | null;
  agents: AgentRef[];
}

export interface ModelsOverview {
  providers: ProviderView[];
  envProviders: EnvProviderView[];
  models: CatalogModel[];
  embeddings: CatalogEmbedding[];
  missing: MissingModel[];
  /** Per run-time provider id, the agents whose chat or embedding model comes from it (named when deleting it). */
  providerAgents: Record<string, AgentRef[]>;
  /** Last check per run-time provider id. */
  checks: Record<string, ProviderCheckRecord>;
  /** The agents scanned for usage (all of them unless the server holds more than the ADE reads). */
  agentsScanned: number;
  agentsTruncated: boolean;
  /** Provider types the server can add at run time. */
  providerTypes: string[];
}

/** Whether the models an agent uses are still offered, and what it could switch to. */
export interface AgentModelStatus {
  agentId: string;
  missing: Array<{ kind: "model" | "embedding"; handle: string; provider: string | null }>;
  models: Array<{ handle: string; provider: string }>;
  embeddings: Array<{ handle: string; provider: string }>;
}
