import "server-only";
import { withLetta } from "./client";

/**
 * Cancels runs on the server: the given runs of the agent (in any of its conversations) or, when none
 * are known yet, the active runs of the conversation, or of the agent.
 */
export async function cancelRuns(agentId: string, runIds: string[], conversationId?: string): Promise<void> {
  await withLetta((client) => {
    if (runIds.length > 0) return client.agents.messages.cancel(agentId, { run_ids: runIds });
    if (conversationId) return client.conversations.cancel(conversationId);
    return client.agents.messages.cancel(agentId);
  });
}
