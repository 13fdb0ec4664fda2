import "server-only";
import { withLetta } from "./client";
import type { ServerModels } from "@/lib/models/types";
export type { ServerModels };

/** Letta's hosted free model needs Letta's cloud; the server's own providers come first. */
const hostedFallbacks = new Set(["letta/letta-free"]);

function byPreference(a: { handle: string; provider: string }, b: { handle: string; provider: string }): number {
  const rank = Number(hostedFallbacks.has(a.handle)) - Number(hostedFallbacks.has(b.handle));
  return rank || a.provider.localeCompare(b.provider) || a.handle.localeCompare(b.handle);
}

/** The server's chat and embedding models, by provider then name, Letta's hosted fallback last. */
export async function listServerModels(): Promise<ServerModels> {
  return withLetta(async (client) => {
    const [models, embeddings] = await Promise.all([client.models.list(), client.models.embeddings.list()]);
    return {
      models: models
        .map((model) => ({
          handle: model.handle ?? `${model.provider_name ?? model.provider_type}/${model.name}`,
          name: model.display_name ?? model.name,
          modelName: model.name,
          provider: model.provider_name ?? model.provider_type,
          providerType: model.provider_type,
          contextWindow: model.max_context_window ?? model.context_window,
        }))
        .sort(byPreference),
      embeddings: embeddings
        .map((embedding) => ({
          handle: embedding.handle ?? `${embedding.provider_name}/${embedding.name}`,
          name: embedding.display_name,
          provider: embedding.provider_name,
          dimensions: embedding.embedding_dim,
        }))
        .sort(byPreference),
    };
  });
}

/** Groups items by their provider, keeping the given order. */
export function groupByProvider<T extends { provider: string }>(items: T[]): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.provider, [...(groups.get(item.provider) ?? []), item]);
  return [...groups];
}

/**
 * The server's embedding models with the URL each one calls, credentials removed: the import form checks
 * an agent file's embedding endpoints against them before uploading.
 */
export async function listEmbeddingEndpoints(): Promise<Array<{ handle: string; endpoint: string | null }>> {
  const embeddings = await withLetta((client) => client.models.embeddings.list());
  return embeddings.map((embedding) => ({
    handle: embedding.handle ?? `${embedding.provider_name}/${embedding.name}`,
    endpoint: withoutCredentials(embedding.embedding_endpoint ?? null),
  }));
}

function withoutCredentials(endpoint: string | null): string | null {
  if (!endpoint) return null;
  try {
    const url = new URL(endpoint);
    url.username = "";
    url.password = "";
    url.search = "";
    return url.toString();
  } catch {
    return null;
  }
}
