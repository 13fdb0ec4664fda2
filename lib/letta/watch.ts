import "server-only";
import type Letta from "@letta-ai/letta-client";
import type { BlockResponse } from "@letta-ai/letta-client/resources/blocks/blocks";
import type { ChatEvent } from "@/lib/chat/events";
import { foldChatEvents, type TranscriptItem } from "@/lib/chat/transcript";
import type { BlockAgentRef } from "@/lib/memory/types";
import type { WatchRun } from "@/lib/watch/types";
import { noteAnswered, noteUnreachable } from "./answered";
import { agentsOfBlocks } from "./blocks";
import { lettaClient } from "./client";
import { takeRecentAgent, takeRecentBlocks, type RecentBlocks } from "./recent-reads";
import type { LettaConnection } from "./connection";
import { toAppError } from "./errors";
import { toChatEvent } from "./message-mapping";
export { toMemoryBlocks } from "./blocks";
import { sleeptimeGroupOf } from "./sleeptime-group";

/**
 * The Letta reads of the ADE's upstream watch (lib/watch/upstream.ts): each is one request, made from the
 * server for every viewer of an agent at once. They take the connection explicitly: a watch outlives the
 * request that started it.
 */
async function call<T>(connection: LettaConnection, read: (client: Letta) => Promise<T>): Promise<T> {
  try {
    const result = await read(lettaClient(connection));
    noteAnswered(connection);
    return result;
  } catch (error) {
    const appError = toAppError(error, { baseUrl: connection.baseUrl });
    if (appError.code === "unreachable") noteUnreachable(connection);
    throw appError;
  }
}

/** The agent's sleep-time agent id (null without one): the watch reads both agents' runs in one request. */
export async function watchedAgentIds(connection: LettaConnection, agentId: string): Promise<string[]> {
  // The page that opened the watch has just read the agent, group included (lib/letta/recent-reads.ts).
  const agent =
    takeRecentAgent(lettaClient(connection), agentId) ??
    (await call(connection, (client) => client.agents.retrieve(agentId, { include: ["agent.managed_group"] })));
  const sleeptimeId = sleeptimeGroupOf(agent)?.sleeptimeId;
  return sleeptimeId ? [agentId, sleeptimeId] : [agentId];
}

/** The newest runs of the agent and its sleep-time agent, newest first (one request). */
export async function newestRuns(connection: LettaConnection, agentIds: string[], limit = 8): Promise<WatchRun[]> {
  const page = await call(connection, (client) => client.runs.list({ agent_ids: agentIds, limit, order: "desc" }));
  return page.getPaginatedItems().map((run) => ({
    id: run.id,
    agentId: run.agent_id ?? null,
    conversationId: run.conversation_id ?? null,
    status: run.status ?? "unknown",
  }));
}

/** A run's messages folded into transcript items, oldest first (one request). */
export async function runTranscript(connection: LettaConnection, runId: string): Promise<TranscriptItem[]> {
  const page = await call(connection, (client) => client.runs.messages.list(runId, { limit: 200, order: "asc" }));
  const events = page
    .getPaginatedItems()
    .map(toChatEvent)
    .filter((event): event is ChatEvent => event !== undefined);
  return foldChatEvents(events).items.map((item) => ({ ...item, runId }));
}

/** The agent's blocks as Letta holds them now, without who else uses them (one request). */
export async function agentBlocksNow(connection: LettaConnection, agentId: string): Promise<BlockResponse[]> {
  const page = await call(connection, (client) => client.agents.blocks.list(agentId, { limit: 100 }));
  return page.getPaginatedItems();
}

/** The blocks (and who uses them) the page that opened the watch has just read, if it has: the watch's baseline. */
export function recentBlocks(connection: LettaConnection, agentId: string): RecentBlocks | null {
  return takeRecentBlocks(lettaClient(connection), agentId);
}

/** Which agents use each of the agent's blocks (lib/letta/blocks.ts `agentsOfBlocks`). */
export async function blockAgents(
  connection: LettaConnection,
  agentId: string,
  blocks: readonly BlockResponse[],
): Promise<Map<string, BlockAgentRef[]>> {
  return call(connection, (client) => agentsOfBlocks(client, agentId, blocks));
}
