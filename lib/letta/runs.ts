import "server-only";
import { withLetta } from "./client";

/** Cancels an agent's runs on the server (all its active runs when no ids are given). */
export async function cancelRuns(agentId: string, runIds: string[]): Promise<void> {
  await withLetta((client) => client.agents.messages.cancel(agentId, runIds.length > 0 ? { run_ids: runIds } : {}));
}
