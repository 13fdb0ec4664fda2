import type { AppErrorBody } from "@/lib/errors";
import type { TranscriptItem, Turn } from "@/lib/chat/transcript";
import type { ReplyPart, SideReply } from "./types";

const TEXT_MAX = 100_000;
const PARTS_MAX = 200;

const cut = (text: string, max = TEXT_MAX) => (text.length > max ? text.slice(0, max) : text);

/** The parts of a streamed turn worth keeping for a replay: reasoning, replies, tool calls and results, errors. */
export function replyParts(items: readonly TranscriptItem[]): ReplyPart[] {
  const parts: ReplyPart[] = [];
  for (const item of items) {
    switch (item.kind) {
      case "assistant":
      case "reasoning":
        parts.push({ kind: item.kind, text: cut(item.text) });
        break;
      case "tool_call":
      case "approval_request":
        parts.push({ kind: "tool_call", name: cut(item.name ?? "(unnamed)", 200), arguments: cut(item.arguments) });
        break;
      case "tool_return":
        parts.push({ kind: "tool_return", status: item.status, result: cut(item.result) });
        break;
      case "error":
        parts.push({ kind: "error", message: cut(item.error.message, 2_000), hint: cut(item.error.hint, 2_000) });
        break;
      default:
        break;
    }
  }
  return parts.slice(0, PARTS_MAX);
}

/** One side's answer to a replayed message: what streamed, or why nothing could be sent. */
export type SideOutcome =
  { ok: true; turn: Turn; status: "done" | "stopped"; durationMs: number } | { ok: false; error: AppErrorBody };

export function toSideReply(outcome: SideOutcome): SideReply {
  if (!outcome.ok)
    return {
      status: "failed",
      parts: [{ kind: "error", message: cut(outcome.error.message, 2_000), hint: cut(outcome.error.hint, 2_000) }],
      stopReason: null,
      usage: null,
      durationMs: null,
      runIds: [],
    };
  const parts = replyParts(outcome.turn.items);
  return {
    status: outcome.status === "stopped" ? "stopped" : parts.some((part) => part.kind === "error") ? "failed" : "done",
    parts,
    stopReason: outcome.turn.stopReason,
    usage: outcome.turn.usage,
    durationMs: Math.max(0, Math.round(outcome.durationMs)),
    runIds: outcome.turn.runIds.slice(0, 20),
  };
}

/** A kept reply's parts as transcript items, to show with the chat's own message views. */
export function partItems(parts: readonly ReplyPart[], keyPrefix: string): TranscriptItem[] {
  return parts.map((part, index): TranscriptItem => {
    const key = `${keyPrefix}:${index}`;
    switch (part.kind) {
      case "assistant":
      case "reasoning":
        return { kind: part.kind, key, text: part.text };
      case "tool_call":
        return { kind: "tool_call", key, toolCallId: null, name: part.name, arguments: part.arguments };
      case "tool_return":
        return {
          kind: "tool_return",
          key,
          toolCallId: "",
          status: part.status,
          result: part.result,
          stdout: [],
          stderr: [],
        };
      case "error":
        return { kind: "error", key, error: { code: "server_error", message: part.message, hint: part.hint } };
    }
  });
}
