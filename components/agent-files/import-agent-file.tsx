import { AppError, type AppErrorBody } from "@/lib/errors";
import { listServerModels } from "@/lib/letta/models";
import { ImportAgentFilePanel } from "./import-agent-file-panel";

/** The agents page's import control, with the server's models to offer as overrides. */
export async function ImportAgentFile() {
  let models: string[] = [];
  let embeddings: string[] = [];
  let modelsError: AppErrorBody | undefined;
  try {
    const server = await listServerModels();
    models = server.models.map((model) => model.handle);
    embeddings = server.embeddings.map((embedding) => embedding.handle);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    modelsError = error.toJSON();
  }
  return <ImportAgentFilePanel models={models} embeddings={embeddings} modelsError={modelsError} />;
}
