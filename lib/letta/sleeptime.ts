import "server-only";
import { retrieveAgent, retrieveRelatedAgent } from "./page-reads";
import type Letta from "@letta-ai/letta-client";
import type { Message } from "@letta-ai/letta-client/resources/agents/messages";
import { AppError } from "@/lib/errors";
import { runChanges, type RunToolCall, type RunToolReturn } from "@/lib/sleeptime/run-changes";
import { toIsoUtc } from "@/lib/sleeptime/time";
import { findTrigger, transcriptOf, type MainRun, type TurnMessage } from "@/lib/sleeptime/trigger";
import type { RunStatus, SleeptimeActivity, SleeptimeRunView, SleeptimeSettings } from "@/lib/sleeptime/types";
import { withLetta } from "./client";
import { forgetRecentReads } from "./recent-reads";
import { findSleeptimeGroupOfMember } from "./groups";
import { sleeptimeGroupOf } from "./sleeptime-group";
import { toChatEvent } from "./message-mapping";

async function loadSettings(client: Letta, agentId: string): Promise<SleeptimeSettings> {
  const agent = await retrieveAgent(client, agentId);
  const found = sleeptimeGroupOf(agent);
  const worksFor = agent.agent_type === "sleeptime_agent" ? await memberOf(client, agentId) : null;
  const companion = found?.sleeptimeId ? await retrieveRelatedAgent(client, found.sleeptimeId).catch(() => null) : null;
  return {
    enabled: agent.enable_sleeptime === true,
    group: found
      ? {
          id: found.group.id,
          frequency: found.group.sleeptime_agent_frequency ?? null,
          turnsCounter: found.group.turns_counter ?? null,
        }
      : null,
    worksFor,
    sleeptimeAgent: companion
      ? {
          id: companion.id,
          name: companion.name,
          model: companion.model ?? companion.llm_config.handle ?? companion.llm_config.model ?? null,
        }
      : null,
  };
}

async function memberOf(client: Letta, agentId: string): Promise<SleeptimeSettings["worksFor"]> {
  const group = await findSleeptimeGroupOfMember(client, agentId);
  if (!group) return null;
  const mainId = group.manager_agent_id ?? null;
  const name = mainId
    ? await client.agents.retrieve(mainId).then(
        (main) => main.name,
        () => null,
      )
    : null;
  return { groupId: group.id, mainAgent: mainId ? { id: mainId, name } : null };
}

export async function getSleeptimeSettings(agentId: string): Promise<SleeptimeSettings> {
  return withLetta((client) => loadSettings(client, agentId));
}

/**
 * Switches sleep-time on or off through the agent's `enable_sleeptime` flag. On: Letta creates the
 * sleep-time agent and its group the first time (frequency 5), and reuses them afterwards. Off: Letta
 * only stops starting the sleep-time agent; the agent and group stay, unchanged, until switched on again.
 */
export async function setSleeptimeEnabled(agentId: string, enabled: boolean): Promise<SleeptimeSettings> {
  return withLetta(async (client) => {
    if (enabled) {
      const agent = await client.agents.retrieve(agentId);
      // Letta silently skips creating the sleep-time agent for an agent without an embedding model.
      if (!agent.embedding_config) {
        throw new AppError(
          "invalid_input",
          "Sleep-time needs an embedding model, and this agent has none.",
          "Give the agent an embedding model first.",
        );
      }
    }
    forgetRecentReads(client, agentId);
    await client.agents.update(agentId, { enable_sleeptime: enabled });
    return loadSettings(client, agentId);
  });
}

/** Changes the model of the agent's own sleep-time agent (found through its group, never taken from the browser). */
export async function setSleeptimeModel(agentId: string, model: string): Promise<SleeptimeSettings> {
  return withLetta(async (client) => {
    const found = sleeptimeGroupOf(await client.agents.retrieve(agentId, { include: ["agent.managed_group"] }));
    if (!found?.sleeptimeId)
      throw new AppError("not_found", "This agent has no sleep-time agent.", "Switch sleep-time on first.");
    await client.agents.update(found.sleeptimeId, { model });
    return loadSettings(client, agentId);
  });
}

const RUNS_SHOWN = 10;
const MAIN_RUNS_SCANNED = 50;
const MAIN_MESSAGES_SCANNED = 100;
const finished = new Set<string>(["completed", "failed", "cancelled"]);

// A finished run's messages never change: keep them rather than ask again at every poll.
const finishedRunMessages = new Map<string, Message[]>();
const CACHE_LIMIT = 500;

async function runMessages(client: Letta, cacheKey: string, runId: string, status: string): Promise<Message[]> {
  const cached = finishedRunMessages.get(cacheKey);
  if (cached) return cached;
  const messages = (await client.runs.messages.list(runId, { limit: 100, order: "asc" })).getPaginatedItems();
  if (finished.has(status)) {
    if (finishedRunMessages.size >= CACHE_LIMIT) {
      const oldest = finishedRunMessages.keys().next().value;
      if (oldest !== undefined) finishedRunMessages.delete(oldest);
    }
    finishedRunMessages.set(cacheKey, messages);
  }
  return messages;
}

function readRunMessages(messages: readonly Message[]) {
  let prompt: string | null = null;
  const calls: RunToolCall[] = [];
  const returns: RunToolReturn[] = [];
  for (const message of messages) {
    const event = toChatEvent(message);
    if (event?.type === "user" && prompt === null) prompt = event.text;
    if (event?.type === "tool_call" && event.toolCallId && event.name)
      calls.push({ id: event.toolCallId, name: event.name, arguments: event.argumentsDelta });
    if (event?.type === "tool_return")
      returns.push({ toolCallId: event.toolCallId, status: event.status, result: event.result });
  }
  return { transcript: prompt === null ? null : transcriptOf(prompt), calls, returns };
}

async function mainTurns(
  client: Letta,
  agentId: string,
): Promise<{ runs: MainRun[]; userMessages: Map<string, TurnMessage> }> {
  const [runsPage, messagesPage] = await Promise.all([
    client.runs.list({ agent_id: agentId, limit: MAIN_RUNS_SCANNED, order: "desc" }),
    client.agents.messages.list(agentId, { limit: MAIN_MESSAGES_SCANNED, order: "desc" }),
  ]);
  const runs = runsPage
    .getPaginatedItems()
    .map((run) => ({ id: run.id, createdAt: run.created_at ?? "", completedAt: run.completed_at ?? null }));
  const userMessages = new Map<string, TurnMessage>();
  // Newest first: the last user message seen for a run is its first one.
  for (const message of messagesPage.getPaginatedItems()) {
    const event = toChatEvent(message);
    const runId = "run_id" in message ? message.run_id : null;
    if (event?.type === "user" && runId) userMessages.set(runId, { id: event.id, text: event.text });
  }
  return { runs: runs.filter((run) => run.createdAt !== ""), userMessages };
}

/**
 * The (empty) activity of an agent without a sleep-time agent, told from the page render's agent read at no cost;
 * null when it has one (its runs are then read by `listSleeptimeActivity`).
 */
export async function noSleeptimeActivity(agentId: string): Promise<SleeptimeActivity | null> {
  return withLetta(async (client) =>
    sleeptimeGroupOf(await retrieveAgent(client, agentId))?.sleeptimeId ? null : { sleeptimeAgentId: null, runs: [] },
  );
}

/** The sleep-time agent's latest runs, newest first, each with the main agent's turn that started it, its tool calls and block edits. */
export async function listSleeptimeActivity(agentId: string): Promise<SleeptimeActivity> {
  return withLetta(async (client, connection) => {
    const found = sleeptimeGroupOf(await client.agents.retrieve(agentId, { include: ["agent.managed_group"] }));
    if (!found?.sleeptimeId) return { sleeptimeAgentId: null, runs: [] };
    const sleeptimeId = found.sleeptimeId;
    const [runsPage, turns] = await Promise.all([
      client.runs.list({ agent_id: sleeptimeId, limit: RUNS_SHOWN, order: "desc" }),
      mainTurns(client, agentId),
    ]);
    const runs = await Promise.all(
      runsPage.getPaginatedItems().map(async (run): Promise<SleeptimeRunView> => {
        const status = (run.status ?? "created") as RunStatus;
        const messages = await runMessages(client, `${connection.id}:${run.id}`, run.id, status);
        const { transcript, calls, returns } = readRunMessages(messages);
        const createdAt = run.created_at ?? "";
        return {
          id: run.id,
          status,
          createdAt: toIsoUtc(createdAt),
          completedAt: run.completed_at ? toIsoUtc(run.completed_at) : null,
          stopReason: run.stop_reason ?? null,
          trigger: createdAt ? findTrigger(createdAt, turns.runs, turns.userMessages, transcript) : null,
          detail: { transcript, ...runChanges(calls, returns) },
        };
      }),
    );
    return { sleeptimeAgentId: sleeptimeId, runs };
  });
}
