import { parseJsonObject } from "@/lib/json-object";
import { diffTexts, type DiffPart } from "@/lib/memory/diff";
import { MEMORY_TOOLS, toolEffect } from "@/lib/memory/tool-effects";
import type { BlockEdit, ToolCallView } from "./types";

/** A tool call and its result as read from a run's messages, in the order the run made them. */
export interface RunToolCall {
  id: string;
  name: string;
  arguments: string;
}

export interface RunToolReturn {
  toolCallId: string;
  status: "success" | "error";
  result: string;
}

/** The text a tool returned: Letta sometimes wraps it as `{"status", "message", "time"}`. */
export function returnedText(result: string): string {
  const parsed = parseJsonObject(result);
  if (parsed && "status" in parsed && typeof parsed.message === "string") return parsed.message;
  return result;
}

/**
 * diffTexts on both values with a final newline, then without it again: a line diff otherwise counts
 * the old last line (no newline) as removed when a line is appended after it.
 */
export function blockDiff(before: string, after: string): DiffPart[] {
  if (!before.includes("\n") && !after.includes("\n")) return diffTexts(before, after);
  const parts = diffTexts(`${before}\n`, `${after}\n`);
  // The added final newline ends the last part of each side: the last part if unchanged, else the last removed and last added part.
  const tail = new Set<number>();
  const seen = new Set<DiffPart["kind"]>();
  for (let index = parts.length - 1; index >= 0; index--) {
    const kind = parts[index]?.kind;
    if (kind === undefined || (kind === "same" && index < parts.length - 1)) break;
    if (seen.has(kind)) continue;
    seen.add(kind);
    tail.add(index);
    if (kind === "same") break;
  }
  return parts
    .map((part, index) => (tail.has(index) ? { ...part, text: part.text.replace(/\n$/, "") } : part))
    .filter((part) => part.text.length > 0);
}

/** The tool calls of one run with their results, and the block edits among them with before/after diffs. */
export function runChanges(
  calls: readonly RunToolCall[],
  returns: readonly RunToolReturn[],
): { toolCalls: ToolCallView[]; edits: BlockEdit[] } {
  const byCall = new Map(returns.map((item) => [item.toolCallId, item]));
  const lastValue = new Map<string, string>();
  const toolCalls: ToolCallView[] = [];
  const edits: BlockEdit[] = [];
  for (const call of calls) {
    const outcome = byCall.get(call.id);
    toolCalls.push({
      id: call.id,
      name: call.name,
      arguments: call.arguments,
      status: outcome?.status ?? null,
      result: outcome ? returnedText(outcome.result) : null,
    });
    if (!MEMORY_TOOLS.includes(call.name)) continue;
    const effect = toolEffect({
      name: call.name,
      arguments: call.arguments,
      returned: outcome ? returnedText(outcome.result) : null,
      status: outcome?.status ?? null,
    });
    if (!effect) continue;
    const { label, after } = effect;
    const applied = effect.outcome === "applied";
    const before = after === null ? null : (lastValue.get(label) ?? effect.before);
    if (after !== null) lastValue.set(label, after);
    edits.push({
      toolCallId: call.id,
      label,
      tool: call.name,
      applied,
      before,
      after,
      diff: before !== null && after !== null ? blockDiff(before, after) : [],
    });
  }
  return { toolCalls, edits };
}
