import "server-only";
import type Letta from "@letta-ai/letta-client";
import type { Message } from "@letta-ai/letta-client/resources/agents/messages";
import type { TokenUsage, TraceMessage } from "@/lib/evals/types";
import { AppError } from "@/lib/errors";
import { cloneAgent } from "./agent-files";
import type { Judge } from "@/lib/evals/graders";
import { lettaClient, withLetta } from "./client";
import { createLettaJudge } from "./eval-judge";
import type { LettaConnection } from "./connection";
import { oldestFirst, runIdOf, toChatEvent } from "./message-mapping";
import { sleeptimeGroupOf } from "./sleeptime-group";
import { parseJsonObject } from "@/lib/json-object";

/** Tag on every copy an experiment makes, and one naming the experiment, so leftovers can be found. */
const EVAL_COPY_TAG = "ade-eval-copy";
const evalExperimentTag = (experimentId: string) => `ade-eval:${experimentId}`;
/** Which agent and case a copy is for, so a copy made just before its runner stopped can still be found. */
const evalCaseTag = (agentId: string, caseId: string) => `ade-eval-case:${agentId}:${caseId}`;

/** A fresh copy of the agent as it is now (its file exported and imported again, without its messages). */
export async function copyAgentForCase(
  connection: LettaConnection,
  agentId: string,
  options: { name: string; experimentId: string; caseId: string; signal?: AbortSignal },
): Promise<string> {
  const imported = await cloneAgent(agentId, {
    name: options.name,
    includeMessages: false,
    connection,
    signal: options.signal,
  });
  const copy = imported[0];
  if (!copy)
    throw new AppError("server_error", "Letta imported the agent's file but made no agent.", "Check Letta's log.");
  await withLetta(async (client) => {
    const agent = await client.agents.retrieve(copy.id, { include: ["agent.tags"] });
    await client.agents.update(copy.id, {
      tags: [
        ...(agent.tags ?? []),
        EVAL_COPY_TAG,
        evalExperimentTag(options.experimentId),
        evalCaseTag(agentId, options.caseId),
      ],
    });
  }, connection);
  return copy.id;
}

/** Sets block values on the copy before the case's first turn. */
export async function setStartingMemory(
  connection: LettaConnection,
  agentId: string,
  values: Record<string, string>,
): Promise<void> {
  await withLetta(async (client) => {
    const agent = await client.agents.retrieve(agentId, { include: ["agent.blocks"] });
    const labels = new Set(agent.blocks.map((block) => block.label));
    for (const label of Object.keys(values)) {
      if (!labels.has(label))
        throw new AppError(
          "invalid_input",
          `The case sets block "${label}", which the agent does not have.`,
          "Fix the case's starting memory or add the block to the agent.",
        );
    }
    for (const [label, value] of Object.entries(values))
      await client.agents.blocks.update(label, { agent_id: agentId, value });
  }, connection);
}

export interface TurnResult {
  runIds: string[];
  usage: TokenUsage;
  stopReason: string;
}

/** Sends one user message and waits for the turn to end (never retried: a retry could post it twice). */
export async function sendEvalTurn(
  connection: LettaConnection,
  agentId: string,
  text: string,
  options: { signal: AbortSignal; timeoutMs: number },
): Promise<TurnResult> {
  const response = await withLetta(
    (client) =>
      client.agents.messages.create(
        agentId,
        { messages: [{ role: "user", content: text }], streaming: false },
        { signal: options.signal, maxRetries: 0, timeout: options.timeoutMs },
      ),
    connection,
  );
  const runIds = new Set<string>(response.usage.run_ids ?? []);
  for (const message of response.messages) {
    const runId = runIdOf(message);
    if (runId) runIds.add(runId);
  }
  const stopReason = response.stop_reason.stop_reason;
  const prompt = response.usage.prompt_tokens ?? 0;
  const completion = response.usage.completion_tokens ?? 0;
  const usage = { prompt, completion, total: response.usage.total_tokens ?? prompt + completion };
  return { runIds: [...runIds], usage, stopReason };
}

/** Stops whatever the copy is running (a cancelled case). */
export async function cancelEvalTurn(connection: LettaConnection, agentId: string): Promise<void> {
  await withLetta((client) => client.agents.messages.cancel(agentId), connection);
}

function parseArguments(text: string): Record<string, unknown> | string {
  return parseJsonObject(text) ?? text;
}

/** Letta's stored messages of the given runs, as the graders read them (the user's messages left out). */
function toTrace(messages: readonly Message[]): TraceMessage[] {
  const trace: TraceMessage[] = [];
  const toolNames = new Map<string, string>();
  for (const message of messages) {
    const event = toChatEvent(message);
    if (!event) continue;
    if (event.type === "assistant") trace.push({ type: "assistant", text: event.delta });
    else if (event.type === "reasoning") trace.push({ type: "reasoning", text: event.delta });
    else if (event.type === "tool_call" && event.name) {
      const toolCallId = event.toolCallId ?? "";
      toolNames.set(toolCallId, event.name);
      trace.push({ type: "tool_call", toolCallId, name: event.name, arguments: parseArguments(event.argumentsDelta) });
    } else if (event.type === "tool_return") {
      trace.push({
        type: "tool_return",
        toolCallId: event.toolCallId,
        name: toolNames.get(event.toolCallId) ?? null,
        status: event.status,
        output: event.result,
      });
    }
  }
  return trace;
}

async function listRunMessages(client: Letta, agentId: string, runIds: ReadonlySet<string>): Promise<Message[]> {
  const collected: Message[] = [];
  let before: string | undefined;
  // Newest first, until a page holds nothing of the case's runs (the copy's opening messages come before them).
  for (let page = 0; page < 20; page += 1) {
    const listed = (
      await client.agents.messages.list(agentId, {
        order: "desc",
        limit: 100,
        conversation_id: "default",
        ...(before ? { before } : {}),
      })
    ).getPaginatedItems();
    const mine = listed.filter((message) => runIds.has(runIdOf(message) ?? ""));
    collected.push(...mine);
    const oldest = oldestFirst(listed)[0];
    if (listed.length < 100 || mine.length === 0 || !oldest) break;
    before = oldest.id;
  }
  return oldestFirst(collected.sort((a, b) => Date.parse(a.date ?? "") - Date.parse(b.date ?? "")));
}

/** The case's trace from Letta's stored messages of its runs. */
export async function readEvalTrace(
  connection: LettaConnection,
  agentId: string,
  runIds: readonly string[],
): Promise<TraceMessage[]> {
  return withLetta(async (client) => toTrace(await listRunMessages(client, agentId, new Set(runIds))), connection);
}

/** The copy's block values by label. */
export async function readEvalBlocks(connection: LettaConnection, agentId: string): Promise<Record<string, string>> {
  return withLetta(async (client) => {
    const agent = await client.agents.retrieve(agentId, { include: ["agent.blocks"] });
    return Object.fromEntries(agent.blocks.map((block) => [block.label ?? block.id, block.value]));
  }, connection);
}

const FINISHED_RUN = new Set(["completed", "failed", "cancelled"]);

/**
 * The copy's blocks once its sleep-time agent's runs since `since` have ended, or null when the copy has
 * no sleep-time agent. Waits for at least one such run (Letta starts it in the background after a turn).
 */
export async function readBlocksAfterSleeptime(
  connection: LettaConnection,
  agentId: string,
  options: { since: string; timeoutMs: number; signal: AbortSignal },
): Promise<Record<string, string> | null> {
  const sleeptimeId = await withLetta(
    async (client) =>
      sleeptimeGroupOf(await client.agents.retrieve(agentId, { include: ["agent.managed_group"] }))?.sleeptimeId ??
      null,
    connection,
  );
  if (!sleeptimeId) return null;
  const deadline = Date.now() + options.timeoutMs;
  const since = Date.parse(options.since);
  for (;;) {
    if (options.signal.aborted) throw new AppError("aborted", "The case was cancelled.", "");
    const runs = await withLetta(
      async (client) =>
        (await client.runs.list({ agent_id: sleeptimeId, order: "desc", limit: 10 }))
          .getPaginatedItems()
          .filter((run) => Date.parse(run.created_at ?? "") >= since - 1_000),
      connection,
    );
    if (runs.length > 0 && runs.every((run) => FINISHED_RUN.has(run.status ?? ""))) break;
    if (Date.now() > deadline)
      throw new AppError(
        "server_error",
        `The sleep-time agent's run did not end within ${Math.round(options.timeoutMs / 1000)} s.`,
        "Check the sleep-time agent's runs, or grade the block without waiting for sleep-time.",
      );
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return readEvalBlocks(connection, agentId);
}

/** Deletes a copy (and its sleep-time agent); a copy already gone is fine. */
export async function deleteEvalCopy(connection: LettaConnection, agentId: string): Promise<void> {
  try {
    await withLetta((client) => client.agents.delete(agentId), connection);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return;
    throw error;
  }
}

/** The copies of one agent's case in an experiment still on the server. */
export async function listCaseCopies(
  connection: LettaConnection,
  experimentId: string,
  agentId: string,
  caseId: string,
): Promise<string[]> {
  return withLetta(async (client) => {
    const page = await client.agents.list({
      tags: [evalExperimentTag(experimentId), evalCaseTag(agentId, caseId)],
      match_all_tags: true,
      limit: 100,
    });
    return page.getPaginatedItems().map((agent) => agent.id);
  }, connection);
}

/** The ids of an experiment's copies still on the server. */
export async function listEvalCopies(connection: LettaConnection, experimentId: string): Promise<string[]> {
  return withLetta(async (client) => {
    const page = await client.agents.list({
      tags: [evalExperimentTag(experimentId)],
      match_all_tags: true,
      limit: 1000,
    });
    return page.getPaginatedItems().map((agent) => agent.id);
  }, connection);
}

/** The agents' names (null for an agent the server no longer has), on the request's connection or the given one. */
export async function evalAgentNames(
  agentIds: readonly string[],
  connection?: LettaConnection,
): Promise<Record<string, string | null>> {
  const entries = await Promise.all(
    agentIds.map(async (id) => {
      try {
        return [id, await withLetta(async (client) => (await client.agents.retrieve(id)).name, connection)] as const;
      } catch (error) {
        if (error instanceof AppError && error.code === "not_found") return [id, null] as const;
        throw error;
      }
    }),
  );
  return Object.fromEntries(entries);
}

/** A run's user messages and its last reply, on the request's connection (for "Add to dataset"). */
export async function readRunTurn(
  runId: string,
): Promise<{ agentId: string | null; input: string[]; reply: string | null }> {
  return withLetta(async (client) => {
    const run = await client.runs.retrieve(runId);
    const messages = (await client.runs.messages.list(runId, { order: "asc", limit: 200 })).getPaginatedItems();
    const input: string[] = [];
    let reply: string | null = null;
    for (const message of messages) {
      const event = toChatEvent(message);
      if (event?.type === "user" && event.text.trim() !== "") input.push(event.text);
      if (event?.type === "assistant") reply = event.delta;
    }
    return { agentId: run.agent_id ?? null, input, reply };
  });
}

/** The model judge of an experiment's model_judge graders: a temporary judge agent per judgement, on the agent's model unless the grader names one. */
export async function evalJudge(connection: LettaConnection, agentId: string): Promise<Judge> {
  const model = await withLetta(async (client) => {
    const agent = await client.agents.retrieve(agentId);
    return agent.model ?? agent.llm_config.handle ?? undefined;
  }, connection);
  return createLettaJudge(lettaClient(connection), { defaultModel: model, baseUrl: connection.baseUrl });
}
