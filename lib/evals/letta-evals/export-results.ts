// ADE case results → letta-evals' per-sample result rows (`SampleResult` in letta_evals/models/results.py), one
// JSON object per line, like the `<model>.jsonl` letta-evals writes. One file per agent, as letta-evals writes one
// per model.
import { targetText } from "@/lib/evals/graders/target";
import type { CaseResult, Dataset, TraceMessage } from "@/lib/evals/types";
import { toJsonl } from "./jsonl";

const FINISHED = new Set(["passed", "failed", "errored", "cancelled"]);

export interface ResultsExport {
  text: string;
  /** Rows written, and results left out because they had not finished. */
  written: number;
  skipped: number;
}

/**
 * `dataset` (the experiment's copy) gives each grader's submission (the text it read); `modelHandle` the
 * agent's model, which letta-evals records per row.
 */
export function exportResults(
  results: CaseResult[],
  dataset: Dataset | null,
  modelHandle: string | null = null,
): ResultsExport {
  const finished = results.filter((result) => FINISHED.has(result.status));
  const rows = finished.map((result) => toSampleResult(result, dataset, modelHandle));
  return { text: toJsonl(rows), written: rows.length, skipped: results.length - finished.length };
}

function toSampleResult(result: CaseResult, dataset: Dataset | null, modelHandle: string | null) {
  const seconds = result.latencyMs === null ? 0 : result.latencyMs / 1000;
  const failed = result.status === "errored" || result.status === "cancelled";
  // Letta messages carry a date; the trace does not keep one per message, so each gets the case's start.
  const date = result.startedAt ?? result.finishedAt ?? new Date(0).toISOString();
  return {
    sample_id: result.caseId,
    agent_id: result.copyAgentId ?? result.agentId,
    model_handle: modelHandle,
    agent_usage: null,
    // The ADE's trace leaves the user's messages out and does not split turns: one turn holds every message.
    trajectory: result.trace
      ? [result.trace.messages.map((message, index) => toLettaMessage(message, index, date))]
      : [],
    agent_state: null,
    token_data: null,
    submissions: submissions(result, dataset),
    grades: Object.fromEntries(
      result.grades.map((grade) => [
        grade.graderId,
        {
          score: grade.score,
          rationale: grade.reason,
          metadata: { passed: grade.passed, ...(grade.errored ? { error: grade.reason } : {}) },
          per_turn_grades: null,
        },
      ]),
    ),
    // letta-evals: null when the sample errored.
    reward: failed || result.score === null ? null : { score: result.score, metadata: null },
    usage: result.usage
      ? {
          prompt_tokens: result.usage.prompt,
          completion_tokens: result.usage.completion,
          cached_input_tokens: 0,
          cache_write_tokens: 0,
          reasoning_tokens: 0,
          cost: null,
        }
      : null,
    timing: { total: seconds, target: seconds, extraction: null, per_grader: null },
    error: failed
      ? {
          category: result.status === "cancelled" ? "unknown" : "target",
          exception_type: result.status === "cancelled" ? "Cancelled" : "LettaError",
          message: result.error ?? (result.status === "cancelled" ? "The case was cancelled." : "The case errored."),
        }
      : null,
  };
}

/** The text each reply or judge grader read, as letta-evals records its extractors' submissions. */
function submissions(result: CaseResult, dataset: Dataset | null): Record<string, string> {
  if (!dataset || !result.trace) return {};
  const trace = result.trace;
  const entries: [string, string][] = [];
  for (const grader of dataset.graders) {
    if (grader.kind !== "reply" && grader.kind !== "model_judge") continue;
    const text = targetText(trace, grader.target);
    entries.push([grader.id, text.ok ? text.text : ""]);
  }
  return Object.fromEntries(entries);
}

/** A trace message in the shape of the Letta message letta-evals stores (message_type and its fields). */
function toLettaMessage(message: TraceMessage, index: number, date: string) {
  const id = `message-${index}`;
  switch (message.type) {
    case "assistant":
      return { id, date, message_type: "assistant_message", content: message.text };
    case "reasoning":
      return { id, date, message_type: "reasoning_message", reasoning: message.text };
    case "tool_call": {
      const args = typeof message.arguments === "string" ? message.arguments : JSON.stringify(message.arguments);
      const call = { name: message.name, arguments: args, tool_call_id: message.toolCallId };
      return { id, date, message_type: "tool_call_message", tool_call: call, tool_calls: [call] };
    }
    case "tool_return":
      return {
        id,
        date,
        message_type: "tool_return_message",
        tool_call_id: message.toolCallId,
        name: message.name,
        status: message.status,
        tool_return: message.output,
      };
  }
}
