import { diffTexts, type DiffPart } from "@/lib/memory/diff";
import type { ParsedRequest, RequestMessage } from "./request";

export interface RequestDiff {
  memory: { label: string; change: "changed" | "added" | "removed"; parts: DiffPart[] }[];
  /** The system prompt outside memory, when it changed. */
  systemPrompt: DiffPart[] | null;
  messagesAdded: RequestMessage[];
  messagesRemoved: RequestMessage[];
  toolsAdded: string[];
  toolsRemoved: string[];
  toolChoice: { before: string | null; after: string | null } | null;
}

function messageKey(message: RequestMessage): string {
  return JSON.stringify([message.role, message.text, message.toolCalls, message.toolCallId]);
}

/** Messages of `from` that `minus` does not hold (as many times as they occur), in order. */
function without(from: readonly RequestMessage[], minus: readonly RequestMessage[]): RequestMessage[] {
  const left = new Map<string, number>();
  for (const message of minus) left.set(messageKey(message), (left.get(messageKey(message)) ?? 0) + 1);
  return from.filter((message) => {
    const key = messageKey(message);
    const count = left.get(key) ?? 0;
    if (count === 0) return true;
    left.set(key, count - 1);
    return false;
  });
}

/** What changed from request `a` to request `b`: memory edits, messages, tools offered. */
export function diffRequests(a: ParsedRequest, b: ParsedRequest): RequestDiff {
  const before = new Map(a.memoryBlocks.map((block) => [block.label, block.value]));
  const after = new Map(b.memoryBlocks.map((block) => [block.label, block.value]));
  const memory: RequestDiff["memory"] = [];
  for (const [label, value] of after) {
    const old = before.get(label);
    if (old === undefined) memory.push({ label, change: "added", parts: [{ kind: "added", text: value }] });
    else if (old !== value) memory.push({ label, change: "changed", parts: diffTexts(old, value) });
  }
  for (const [label, value] of before)
    if (!after.has(label)) memory.push({ label, change: "removed", parts: [{ kind: "removed", text: value }] });
  if (a.memoryBlocks.length === 0 && b.memoryBlocks.length === 0 && a.memory !== b.memory)
    memory.push({ label: "memory", change: "changed", parts: diffTexts(a.memory ?? "", b.memory ?? "") });
  // The memory metadata (timestamps, message counts) changes with every turn; it is not a prompt edit.
  const promptOf = (request: ParsedRequest) =>
    (request.systemPrompt ?? "").replace(/<memory_metadata>[\s\S]*?<\/memory_metadata>/, "");
  const toolsA = new Set(a.tools.map((tool) => tool.name));
  const toolsB = new Set(b.tools.map((tool) => tool.name));
  return {
    memory,
    systemPrompt: promptOf(a) === promptOf(b) ? null : diffTexts(promptOf(a), promptOf(b)),
    messagesAdded: without(b.messages, a.messages),
    messagesRemoved: without(a.messages, b.messages),
    toolsAdded: [...toolsB].filter((name) => !toolsA.has(name)),
    toolsRemoved: [...toolsA].filter((name) => !toolsB.has(name)),
    toolChoice: a.toolChoice === b.toolChoice ? null : { before: a.toolChoice, after: b.toolChoice },
  };
}
