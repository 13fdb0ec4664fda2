import "server-only";
import type Letta from "@letta-ai/letta-client";
import type { Message, Run } from "@letta-ai/letta-client/resources/agents/messages";
import type { Step } from "@letta-ai/letta-client/resources/steps/steps";
import { AppError } from "@/lib/errors";
import type {
  RunDetail,
  RunError,
  RunListPage,
  RunSummary,
  StepFeedback,
  StepTrace,
  StepView,
  TokenUsage,
} from "@/lib/inspector/types";
import type { RunListQuery } from "@/lib/inspector/schema";
import { withLetta } from "./client";

/** Letta writes some timestamps without a zone; they are UTC. */
function parseDate(value: string | null | undefined): number | null {
  if (!value) return null;
  const time = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(time) ? null : time;
}

function toIso(value: string | null | undefined): string | null {
  const time = parseDate(value);
  return time === null ? null : new Date(time).toISOString();
}

function text(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return null;
  return JSON.stringify(value);
}

/** Letta keeps a failed run's error in its metadata: an error message object, or a string. */
export function runErrorOf(metadata: unknown): RunError | null {
  if (typeof metadata !== "object" || metadata === null) return null;
  const error = (metadata as Record<string, unknown>).error;
  if (typeof error === "string") return { message: error, detail: null };
  if (typeof error !== "object" || error === null) return null;
  const record = error as Record<string, unknown>;
  return { message: text(record.message) ?? "The run failed.", detail: text(record.detail) };
}

function stepErrorOf(step: Step): RunError | null {
  if (!step.error_type && !step.error_data) return null;
  const data = step.error_data ?? {};
  return { message: text(data.message) ?? step.error_type ?? "The step failed.", detail: step.error_type ?? null };
}

function stepUsage(step: Step): TokenUsage {
  const prompt = step.prompt_tokens ?? 0;
  const completion = step.completion_tokens ?? 0;
  return { promptTokens: prompt, completionTokens: completion, totalTokens: step.total_tokens ?? prompt + completion };
}

function toSummary(run: Run, steps: Step[], usage?: TokenUsage): RunSummary {
  const created = parseDate(run.created_at);
  const completed = parseDate(run.completed_at);
  const summed = steps.map(stepUsage).reduce(
    (sum, step) => ({
      promptTokens: sum.promptTokens + step.promptTokens,
      completionTokens: sum.completionTokens + step.completionTokens,
      totalTokens: sum.totalTokens + step.totalTokens,
    }),
    { promptTokens: 0, completionTokens: 0, totalTokens: 0 },
  );
  const durationMs =
    typeof run.total_duration_ns === "number"
      ? Math.round(run.total_duration_ns / 1e6)
      : created !== null && completed !== null
        ? completed - created
        : null;
  return {
    id: run.id,
    agentId: run.agent_id,
    conversationId: run.conversation_id ?? null,
    status: run.status ?? "unknown",
    // A run failed outside the stream keeps no stop reason of its own; its last step says why it ended.
    stopReason: run.stop_reason ?? steps.findLast((step) => step.stop_reason)?.stop_reason ?? null,
    createdAt: toIso(run.created_at) ?? "",
    completedAt: toIso(run.completed_at),
    durationMs,
    stepCount: steps.length,
    usage: usage ?? summed,
    feedback: {
      positive: steps.filter((step) => step.feedback === "positive").length,
      negative: steps.filter((step) => step.feedback === "negative").length,
      tags: [...new Set(steps.flatMap((step) => step.tags ?? []))],
    },
    error: runErrorOf(run.metadata) ?? steps.map(stepErrorOf).find((error) => error !== null) ?? null,
  };
}

async function runSteps(client: Letta, runId: string): Promise<Step[]> {
  return (await client.runs.steps.list(runId, { order: "asc", limit: 200 })).getPaginatedItems();
}

/** A run with its usage as Letta counts it (`GET /v1/runs/{id}/usage`). */
export async function getRunSummary(runId: string): Promise<RunSummary> {
  return withLetta(async (client) => {
    const [run, steps, usage] = await Promise.all([
      client.runs.retrieve(runId),
      runSteps(client, runId),
      client.runs.usage.retrieve(runId),
    ]);
    return toSummary(run, steps, {
      promptTokens: usage.prompt_tokens ?? 0,
      completionTokens: usage.completion_tokens ?? 0,
      totalTokens: usage.total_tokens ?? 0,
    });
  });
}

/** How many of the agent's newest runs the batch read lists; older runs are read one by one. */
const NEWEST_RUNS = 50;

/**
 * Several runs of one agent with their usage (the chat's footers of the turns it shows): one request lists the
 * agent's newest runs, then one per run reads its steps. Letta's usage of a run (`/v1/runs/{id}/usage`) is the sum
 * of its steps', so each summary is `getRunSummary`'s, at one request per run instead of three. (Letta 0.16.8's
 * `GET /v1/steps/` answers 400 to every query, so the steps cannot be listed for all the runs at once.)
 */
export async function getRunSummaries(agentId: string, runIds: readonly string[]): Promise<RunSummary[]> {
  return withLetta(async (client) => {
    const newest = (
      await client.runs.list({ agent_id: agentId, order: "desc", limit: NEWEST_RUNS })
    ).getPaginatedItems();
    const listed = new Map(newest.map((run) => [run.id, run]));
    return Promise.all(
      runIds.map(async (id) => {
        const [run, steps] = await Promise.all([listed.get(id) ?? client.runs.retrieve(id), runSteps(client, id)]);
        return toSummary(run, steps);
      }),
    );
  });
}

function messageText(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content))
    return content
      .map((part) => (typeof part === "object" && part && "text" in part ? String(part.text) : ""))
      .join("");
  return "";
}

function fillSteps(steps: StepView[], messages: Message[]): void {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const calls = new Map<string, StepView["toolCalls"][number]>();
  for (const message of messages) {
    const step = ("step_id" in message && message.step_id ? byId.get(message.step_id) : undefined) ?? steps[0];
    if (!step) continue;
    switch (message.message_type) {
      case "user_message":
        step.messages.push({ kind: "user", text: messageText(message.content) });
        break;
      case "system_message":
        step.messages.push({ kind: "system", text: message.content });
        break;
      case "assistant_message":
        step.messages.push({ kind: "assistant", text: messageText(message.content) });
        break;
      case "reasoning_message":
        step.messages.push({ kind: "reasoning", text: message.reasoning });
        break;
      case "tool_call_message":
      case "approval_request_message": {
        const list = message.tool_calls && Array.isArray(message.tool_calls) ? message.tool_calls : [message.tool_call];
        for (const call of list) {
          const entry = {
            id: call.tool_call_id ?? null,
            name: call.name ?? "?",
            arguments: call.arguments ?? "",
            result: null,
          };
          step.toolCalls.push(entry);
          if (entry.id) calls.set(entry.id, entry);
        }
        break;
      }
      case "tool_return_message": {
        const entry = calls.get(message.tool_call_id);
        const result = { status: message.status, text: message.tool_return };
        if (entry) entry.result = result;
        else step.toolCalls.push({ id: message.tool_call_id, name: message.name ?? "?", arguments: "", result });
        break;
      }
      default:
        break;
    }
  }
}

/** A run, its usage and its steps in order, each with its tool calls and results (traces are read per step). */
export async function getRunDetail(runId: string): Promise<RunDetail> {
  return withLetta(async (client) => {
    const [run, steps, usage, messages] = await Promise.all([
      client.runs.retrieve(runId),
      runSteps(client, runId),
      client.runs.usage.retrieve(runId),
      client.runs.messages.list(runId, { order: "asc", limit: 1000 }).then((page) => page.getPaginatedItems()),
    ]);
    const metrics = await Promise.all(steps.map((step) => client.steps.metrics.retrieve(step.id).catch(() => null)));
    const views: StepView[] = steps.map((step, index) => {
      const ns = metrics[index]?.step_ns ?? metrics[index]?.llm_request_ns ?? null;
      return {
        id: step.id,
        number: index + 1,
        model: step.model_handle ?? step.model ?? null,
        status: step.status ?? null,
        stopReason: step.stop_reason ?? null,
        durationMs: typeof ns === "number" ? Math.round(ns / 1e6) : null,
        usage: stepUsage(step),
        feedback: step.feedback ?? null,
        tags: step.tags ?? [],
        messages: [],
        toolCalls: [],
        error: stepErrorOf(step),
      };
    });
    fillSteps(views, messages);
    return {
      run: toSummary(run, steps, {
        promptTokens: usage.prompt_tokens ?? 0,
        completionTokens: usage.completion_tokens ?? 0,
        totalTokens: usage.total_tokens ?? 0,
      }),
      steps: views,
    };
  });
}

/** The provider trace of a step, or why there is none (tracing off, a failed call, a server without traces). */
export async function getStepTrace(stepId: string): Promise<StepTrace> {
  try {
    const trace = await withLetta((client) => client.steps.trace.retrieve(stepId));
    if (!trace || (trace.request_json === undefined && trace.response_json === undefined))
      return {
        kind: "none",
        stepId,
        reason:
          "The server kept no trace of this step: provider tracing is off on it (LETTA_TRACK_PROVIDER_TRACE), or the call to the model failed before an answer.",
      };
    return {
      kind: "trace",
      stepId,
      createdAt: toIso(trace.created_at),
      request: trace.request_json,
      response: trace.response_json,
    };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found")
      return {
        kind: "none",
        stepId,
        reason: "This server does not expose provider traces (GET /v1/steps/{id}/trace).",
      };
    throw error;
  }
}

/** Saves thumbs up or down and tags on a step. Letta 0.16.8 keeps the old tags when the list is empty. */
export async function setStepFeedback(input: {
  stepId: string;
  feedback: StepFeedback | null;
  tags: string[];
}): Promise<{ feedback: StepFeedback | null; tags: string[] }> {
  const step = await withLetta((client) =>
    client.steps.feedback.create(input.stepId, { feedback: input.feedback, tags: input.tags }),
  );
  return { feedback: step.feedback ?? null, tags: step.tags ?? [] };
}

/** The request the model would receive now for this message, without sending it. */
export async function previewRequest(agentId: string, message: string): Promise<unknown> {
  return withLetta((client) =>
    client.post(`/v1/agents/${encodeURIComponent(agentId)}/messages/preview-raw-payload`, {
      body: { messages: [{ role: "user", content: message }] },
    }),
  );
}

const SCAN_PAGE = 50;
const SCAN_MAX = 500;

/**
 * A page of an agent's runs, newest first. Status and stop reason are filtered by Letta; date and feedback
 * by the ADE, scanning at most 500 runs per page. Tokens and feedback come from each run's steps.
 */
export async function listRuns(agentId: string, query: RunListQuery): Promise<RunListPage> {
  return withLetta(async (client) => {
    const found: RunSummary[] = [];
    let after = query.after;
    let scanned = 0;
    let next: string | null = null;
    const from = query.from ? Date.parse(query.from) : null;
    const to = query.to ? Date.parse(query.to) : null;
    while (scanned < SCAN_MAX) {
      const page = (
        await client.runs.list({
          agent_id: agentId,
          order: "desc",
          limit: SCAN_PAGE,
          // Older runs: Letta 0.16.8 reads `after` as "newer than" when the order is descending (its cursor filter
          // ignores the order), so the next page of a newest-first list comes from `before`.
          ...(after ? { before: after } : {}),
          ...(query.status ? { statuses: [query.status] } : {}),
          ...(query.stopReason ? { stop_reason: query.stopReason } : {}),
        })
      ).getPaginatedItems();
      const steps: Step[][] = [];
      for (let index = 0; index < page.length; index += 10)
        steps.push(...(await Promise.all(page.slice(index, index + 10).map((run) => runSteps(client, run.id)))));
      let reachedStart = false;
      for (const [index, run] of page.entries()) {
        scanned += 1;
        after = run.id;
        const summary = toSummary(run, steps[index] ?? []);
        const created = Date.parse(summary.createdAt);
        if (from !== null && created < from) {
          reachedStart = true;
          break;
        }
        if (to !== null && created > to) continue;
        if (query.feedback === "positive" && summary.feedback.positive === 0) continue;
        if (query.feedback === "negative" && summary.feedback.negative === 0) continue;
        if (query.feedback === "any" && summary.feedback.positive + summary.feedback.negative === 0) continue;
        if (query.tag && !summary.feedback.tags.includes(query.tag)) continue;
        found.push(summary);
        if (found.length >= query.limit) break;
      }
      if (found.length >= query.limit) {
        next = after ?? null;
        break;
      }
      if (reachedStart || page.length < SCAN_PAGE) break;
      if (scanned >= SCAN_MAX) next = after ?? null;
    }
    return { runs: found, next, scanned };
  });
}
