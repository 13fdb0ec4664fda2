import { AppError } from "@/lib/errors";
import { listServerModels } from "@/lib/letta/models";
import { LazySleeptimeView as SleeptimeView } from "./sleeptime-view-lazy";

/** The agent page's Sleep-time panel: the server's models load here; the settings come prefetched with the page. */
export async function SleeptimePanel({ agentId }: { agentId: string }) {
  let models: { handle: string; name: string }[] = [];
  try {
    const server = await listServerModels();
    models = server.models.map((model) => ({ handle: model.handle, name: model.name }));
  } catch (error) {
    // The model picker stays empty; the settings still show.
    if (!(error instanceof AppError)) throw error;
  }
  return <SleeptimeView agentId={agentId} models={models} />;
}
