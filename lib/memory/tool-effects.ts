/**
 * What a memory tool call did to a block, read from its arguments and its return. In Letta 0.16.8 the
 * label-based memory tools (memory_insert, memory_replace, memory_rethink, core_memory_append,
 * core_memory_replace) return the block's whole new value, so the value after the call is exact, and the
 * value before can often be worked back from the arguments (letta/services/tool_executor/core_tool_executor.py).
 */

import { parseJsonObject } from "@/lib/json-object";

export interface MemoryToolCallRecord {
  name: string;
  /** The JSON argument string the model sent. */
  arguments: string;
  /** The tool return's text, or null when the history holds no return for the call. */
  returned: string | null;
  status: "success" | "error" | null;
}

export interface ToolEffect {
  label: string;
  summary: string;
  outcome: "applied" | "failed" | "unknown";
  error: string | null;
  /** Exact value after the call, when the return holds it. */
  after: string | null;
  /** Exact value before the call, when the arguments and return determine it. */
  before: string | null;
  /** Why `before`/`after` are null although the call was applied. */
  notes: string[];
}

type Args = Record<string, unknown>;

/** Letta cuts long returns and appends this. */
const TRUNCATION_MARK = "... [NOTE: function output was truncated";

const returnsValue = new Set([
  "memory_insert",
  "memory_replace",
  "memory_rethink",
  "core_memory_append",
  "core_memory_replace",
]);

export const MEMORY_TOOLS: readonly string[] = [...returnsValue, "memory_apply_patch", "memory"];

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function quote(value: string): string {
  return `"${value}"`;
}

/** The block label a call names; the `memory` tool names a path (/memories/<label>) the way Letta maps it. */
function labelOf(name: string, args: Args): string | undefined {
  if (name !== "memory") return str(args.label);
  const path = str(args.path) ?? str(args.old_path);
  return path
    ?.replace(/^\/memories\//, "")
    .replace(/^\//, "")
    .replaceAll("/", "_");
}

function summarize(name: string, args: Args): string {
  const s = (key: string) => str(args[key]);
  switch (name) {
    case "memory_insert": {
      const text = s("new_string");
      return text === undefined ? name : `inserted ${quote(text)}`;
    }
    case "memory_replace":
      return s("old_string") !== undefined && s("new_string") !== undefined
        ? `replaced ${quote(s("old_string") ?? "")} with ${quote(s("new_string") ?? "")}`
        : name;
    case "core_memory_replace":
      return s("old_content") !== undefined && s("new_content") !== undefined
        ? `replaced ${quote(s("old_content") ?? "")} with ${quote(s("new_content") ?? "")}`
        : name;
    case "memory_rethink":
      return s("new_memory") === undefined ? name : "rewrote the whole block";
    case "core_memory_append":
      return s("content") === undefined ? name : `appended ${quote(s("content") ?? "")}`;
    case "memory_apply_patch":
      return "applied a patch";
    case "memory":
      return `memory ${s("command") ?? "call"}`;
    default:
      return name;
  }
}

/** Python's str.expandtabs(8), which memory_insert and memory_replace apply to the block before editing it. */
export function expandTabs(text: string, size = 8): string {
  if (!text.includes("\t")) return text;
  let out = "";
  let column = 0;
  for (const char of text) {
    if (char === "\t") {
      const spaces = size - (column % size);
      out += " ".repeat(spaces);
      column += spaces;
    } else {
      out += char;
      column = char === "\n" || char === "\r" ? 0 : column + 1;
    }
  }
  return out;
}

function occurrences(text: string, search: string): number[] {
  const found: number[] = [];
  if (!search) return found;
  for (let index = text.indexOf(search); index !== -1; index = text.indexOf(search, index + 1)) found.push(index);
  return found;
}

/** The one value that memory_insert turns into `after`, or null. */
function beforeInsert(after: string, newString: string, insertLine: number): string | null {
  const afterLines = after.split("\n");
  const inserted = newString.split("\n");
  const index = insertLine === -1 ? afterLines.length - inserted.length : insertLine;
  if (index < 0 || index + inserted.length > afterLines.length) return null;
  if (afterLines.slice(index, index + inserted.length).join("\n") !== inserted.join("\n")) return null;
  const before = [...afterLines.slice(0, index), ...afterLines.slice(index + inserted.length)];
  const lines = before.length === 0 ? [""] : before;
  const at = insertLine === -1 ? lines.length : insertLine;
  const check = [...lines.slice(0, at), ...inserted, ...lines.slice(at)].join("\n");
  return check === after ? lines.join("\n") : null;
}

/** The one value in which `oldString` occurs once and whose replacement gives `after`, or null when there is none or several. */
function beforeReplace(after: string, oldString: string, newString: string): string | null {
  const candidates = new Set<string>();
  if (newString === "") {
    // Every position could have held the old string: only unique if `after` is what it would be anyway.
    return null;
  }
  for (const index of occurrences(after, newString)) {
    const candidate = after.slice(0, index) + oldString + after.slice(index + newString.length);
    if (occurrences(candidate, oldString).length === 1 && candidate.replace(oldString, () => newString) === after)
      candidates.add(candidate);
  }
  return candidates.size === 1 ? ([...candidates][0] ?? null) : null;
}

function beforeFromArgs(name: string, args: Args, after: string): string | null {
  switch (name) {
    case "memory_insert": {
      const newString = str(args.new_string);
      const line = typeof args.insert_line === "number" ? args.insert_line : -1;
      return newString === undefined ? null : beforeInsert(after, expandTabs(newString), line);
    }
    case "memory_replace": {
      const oldString = str(args.old_string);
      const newString = str(args.new_string);
      return oldString === undefined || newString === undefined
        ? null
        : beforeReplace(after, expandTabs(oldString), expandTabs(newString));
    }
    case "core_memory_append": {
      const content = str(args.content);
      return content !== undefined && after.endsWith(`\n${content}`)
        ? after.slice(0, after.length - content.length - 1)
        : null;
    }
    case "core_memory_replace": {
      const oldContent = str(args.old_content);
      const newContent = str(args.new_content);
      if (
        oldContent === undefined ||
        newContent === undefined ||
        !newContent ||
        occurrences(after, newContent).length !== 1 ||
        !oldContent
      )
        return null;
      const candidate = after.replace(newContent, () => oldContent);
      return occurrences(candidate, oldContent).length === 1 &&
        candidate.replace(oldContent, () => newContent) === after
        ? candidate
        : null;
    }
    default:
      return null;
  }
}

/** An applied call whose values before and after are not known, and the note that says why. */
function withoutValues(label: string, summary: string, note: string): ToolEffect {
  return { label, summary, outcome: "applied", error: null, after: null, before: null, notes: [note] };
}

/** The effect of one memory tool call, or null when it names no block (it is then left out, not attributed to a guessed block). */
export function toolEffect(call: MemoryToolCallRecord): ToolEffect | null {
  const args = parseJsonObject(call.arguments);
  if (!args) return null;
  const label = labelOf(call.name, args);
  if (!label) return null;
  const summary = summarize(call.name, args);
  if (call.status === "error")
    return { label, summary, outcome: "failed", error: call.returned, after: null, before: null, notes: [] };
  if (call.status === null) {
    const note = "The agent's history holds no result for this call, so whether it changed the block is not known.";
    return { label, summary, outcome: "unknown", error: null, after: null, before: null, notes: [note] };
  }
  if (!returnsValue.has(call.name)) {
    return withoutValues(
      label,
      summary,
      `${call.name} does not return the block's value, so its result is not known exactly.`,
    );
  }
  const returned = call.returned ?? "";
  if (returned.includes(TRUNCATION_MARK)) {
    return withoutValues(
      label,
      summary,
      "Letta cut the tool's return short, so the block's new value is not known exactly.",
    );
  }
  const before = call.name === "memory_rethink" ? null : beforeFromArgs(call.name, args, returned);
  const notes =
    before === null
      ? [
          call.name === "memory_rethink"
            ? "memory_rethink replaces the whole block; its arguments do not say what it held before."
            : "The arguments and return do not determine the value before this call.",
        ]
      : [];
  return { label, summary, outcome: "applied", error: null, after: returned, before, notes };
}
