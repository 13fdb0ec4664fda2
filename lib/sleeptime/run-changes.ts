import { diffTexts, type DiffPart } from "@/lib/memory/diff";
import { MEMORY_TOOLS } from "@/lib/memory/timeline";
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

function parseObject(raw: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The text a tool returned: Letta sometimes wraps it as `{"status", "message", "time"}`. */
export function returnedText(result: string): string {
  const parsed = parseObject(result);
  if (parsed && "status" in parsed && typeof parsed.message === "string") return parsed.message;
  return result;
}

function countOf(haystack: string, needle: string): number {
  return needle === "" ? 0 : haystack.split(needle).length - 1;
}

/**
 * The block's value before an edit, worked back from the call and the value it produced (Letta's memory
 * tools return the block's new value). Null when the call does not say enough to undo it exactly.
 */
export function valueBefore(tool: string, args: Record<string, unknown>, after: string): string | null {
  const str = (key: string) => (typeof args[key] === "string" ? (args[key] as string) : null);
  switch (tool) {
    case "memory_insert": {
      const inserted = str("new_string");
      if (inserted === null) return null;
      const lines = after.split("\n");
      const added = inserted.split("\n");
      const line = typeof args.insert_line === "number" ? args.insert_line : -1;
      const at = line === -1 ? lines.length - added.length : line;
      if (at < 0 || lines.slice(at, at + added.length).join("\n") !== inserted) return null;
      return [...lines.slice(0, at), ...lines.slice(at + added.length)].join("\n");
    }
    case "memory_replace":
    case "core_memory_replace": {
      const oldText = str(tool === "memory_replace" ? "old_string" : "old_content");
      const newText = str(tool === "memory_replace" ? "new_string" : "new_content");
      if (oldText === null || newText === null || countOf(after, newText) !== 1) return null;
      return after.split(newText).join(oldText);
    }
    case "core_memory_append": {
      const content = str("content");
      if (content === null || !after.endsWith(`\n${content}`)) return null;
      return after.slice(0, after.length - content.length - 1);
    }
    default:
      return null;
  }
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
  return parts.map((part, index) => (tail.has(index) ? { ...part, text: part.text.replace(/\n$/, "") } : part)).filter((part) => part.text.length > 0);
}

/** The tool calls of one run with their results, and the block edits among them with before/after diffs. */
export function runChanges(calls: readonly RunToolCall[], returns: readonly RunToolReturn[]): { toolCalls: ToolCallView[]; edits: BlockEdit[] } {
  const byCall = new Map(returns.map((item) => [item.toolCallId, item]));
  const lastValue = new Map<string, string>();
  const toolCalls: ToolCallView[] = [];
  const edits: BlockEdit[] = [];
  for (const call of calls) {
    const outcome = byCall.get(call.id);
    toolCalls.push({ id: call.id, name: call.name, arguments: call.arguments, status: outcome?.status ?? null, result: outcome ? returnedText(outcome.result) : null });
    if (!MEMORY_TOOLS.includes(call.name)) continue;
    const args = parseObject(call.arguments);
    if (!args || typeof args.label !== "string") continue;
    const label = args.label;
    const applied = outcome?.status === "success";
    const after = applied ? returnedText(outcome.result) : null;
    const before = after === null ? null : (lastValue.get(label) ?? valueBefore(call.name, args, after));
    if (after !== null) lastValue.set(label, after);
    edits.push({ toolCallId: call.id, label, tool: call.name, applied, before, after, diff: before !== null && after !== null ? blockDiff(before, after) : [] });
  }
  return { toolCalls, edits };
}
