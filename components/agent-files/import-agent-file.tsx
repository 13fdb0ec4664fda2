import type { EmbeddingEndpoint } from "@/lib/agent-files/import-state";
import { AppError, type AppErrorBody } from "@/lib/errors";
import { listEmbeddingEndpoints, listServerModels } from "@/lib/letta/models";
import { ImportAgentFilePanel } from "./import-agent-file-panel";

/** The agents page's import control, with the server's models to offer as overrides. */
export async function ImportAgentFile() {
  let models: string[] = [];
  let embeddings: EmbeddingEndpoint[] = [];
  let modelsError: AppErrorBody | undefined;
  try {
    const [server, endpoints] = await Promise.all([listServerModels(), listEmbeddingEndpoints()]);
    models = server.models.map((model) => model.handle);
    // The server's order (its own providers first), with each model's endpoint.
    const endpointOf = new Map(endpoints.map((entry) => [entry.handle, entry.endpoint]));
    embeddings = server.embeddings.map((embedding) => ({
      handle: embedding.handle,
      endpoint: endpointOf.get(embedding.handle) ?? null,
    }));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    modelsError = error.toJSON();
  }
  return <ImportAgentFilePanel models={models} embeddings={embeddings} modelsError={modelsError} />;
}
