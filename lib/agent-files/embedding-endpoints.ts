import type { EmbeddingEndpoint } from "./import-state";
import type { AgentFile } from "./schema";

/** An agent or folder in the file whose embedding calls an endpoint the server does not offer. */
export interface EndpointProblem {
  /** `agent "Evie"` or `folder "docs"`. */
  where: string;
  handle: string | null;
  endpoint: string;
}

export function normalizeEndpoint(endpoint: string): string {
  return endpoint.trim().replace(/\/+$/, "").toLowerCase();
}

/**
 * Letta 0.16.8 embeds with the `embedding_config` a file carries, endpoint included: a folder whose
 * endpoint cannot be reached (`https://api.openai.com/v1` on a server without that provider) is retried
 * without end and slows every agent on the server. These are the file's endpoints the server does not offer.
 */
export function embeddingEndpointProblems(file: AgentFile, server: readonly EmbeddingEndpoint[]): EndpointProblem[] {
  const offered = new Set(server.flatMap((option) => (option.endpoint ? [normalizeEndpoint(option.endpoint)] : [])));
  const problems: EndpointProblem[] = [];
  const check = (
    where: string,
    config: { handle?: string | null; embedding_endpoint?: string | null } | null | undefined,
  ) => {
    const endpoint = config?.embedding_endpoint;
    if (endpoint && !offered.has(normalizeEndpoint(endpoint)))
      problems.push({ where, handle: config.handle ?? null, endpoint });
  };
  for (const source of file.sources) check(`folder "${source.name}"`, source.embedding_config);
  for (const agent of file.agents) check(`agent "${agent.name ?? agent.id}"`, agent.embedding_config);
  return problems;
}

/** The server handle to embed with instead: the same handle when the server has it, else its first. */
export function replacementEmbedding(
  problems: readonly EndpointProblem[],
  available: readonly string[],
): string | null {
  const sameHandle = problems.find((problem) => problem.handle !== null && available.includes(problem.handle))?.handle;
  return sameHandle ?? available[0] ?? null;
}
