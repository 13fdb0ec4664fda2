import "server-only";
import { withLetta } from "./client";

/**
 * Cancels an agent's runs on the server: the given ones, or all its active runs when none are known yet.
 * In a conversation, Letta cancels the conversation's active run.
 */
export async function cancelRuns(agentId: string, runIds: string[], conversationId?: string): Promise<void> {
  await withLetta((client) =>
    conversationId
      ? client.conversations.cancel(conversationId, { agent_id: agentId })
      : client.agents.messages.cancel(agentId, runIds.length > 0 ? { run_ids: runIds } : {}),
  );
}
