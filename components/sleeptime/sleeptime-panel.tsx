import { AppError } from "@/lib/errors";
import { listServerModels } from "@/lib/letta/models";
import { getSleeptimeSettings } from "@/lib/letta/sleeptime";
import type { SleeptimeSettings } from "@/lib/sleeptime/types";
import { LazySleeptimeView as SleeptimeView } from "./sleeptime-view-lazy";

/** The agent page's Sleep-time panel: settings and what the sleep-time agent did; loads on the server first. */
export async function SleeptimePanel({ agentId }: { agentId: string }) {
  let initial: SleeptimeSettings | undefined;
  let models: { handle: string; name: string }[] = [];
  try {
    const [settings, server] = await Promise.all([getSleeptimeSettings(agentId), listServerModels()]);
    initial = settings;
    models = server.models.map((model) => ({ handle: model.handle, name: model.name }));
  } catch (error) {
    // The client fetches the settings again and shows the reason there.
    if (!(error instanceof AppError)) throw error;
  }
  return <SleeptimeView agentId={agentId} initialSettings={initial} models={models} />;
}
