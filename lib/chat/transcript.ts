import type { AppErrorBody } from "@/lib/errors";
import type { ChatEvent } from "./events";

export interface ToolCallItem {
  kind: "tool_call" | "approval_request";
  key: string;
  toolCallId: string | null;
  name: string | null;
  arguments: string;
}

/** `runId`: the run that made the message, when Letta says (messages loaded from history). */
export type TranscriptItem = TranscriptItemBody & { runId?: string };

type TranscriptItemBody =
  /** `messageId`: the server's id of a user message or reply, which a fork can start from. */
  | { kind: "user" | "assistant"; key: string; text: string; messageId?: string }
  | { kind: "reasoning" | "system" | "event"; key: string; text: string }
  | { kind: "approval_response"; key: string; approve: boolean | null; reason: string | null }
  | { kind: "hidden_reasoning"; key: string }
  | ToolCallItem
  | {
      kind: "tool_return";
      key: string;
      toolCallId: string;
      status: "success" | "error";
      result: string;
      stdout: string[];
      stderr: string[];
    }
  | { kind: "error"; key: string; error: AppErrorBody };

export interface Turn {
  items: TranscriptItem[];
  runIds: string[];
  stopReason: string | null;
  usage: { steps: number; promptTokens: number; completionTokens: number } | null;
}

export const emptyTurn: Turn = { items: [], runIds: [], stopReason: null, usage: null };

function upsert(
  items: TranscriptItem[],
  key: string,
  make: () => TranscriptItem,
  merge: (item: TranscriptItem) => TranscriptItem,
): TranscriptItem[] {
  const index = items.findIndex((item) => item.key === key);
  if (index < 0) return [...items, make()];
  const next = items.slice();
  next[index] = merge(items[index] as TranscriptItem);
  return next;
}

/** Folds one streamed event into a turn. Token chunks that share a message id are joined. */
export function applyChatEvent(turn: Turn, event: ChatEvent): Turn {
  switch (event.type) {
    case "user":
      return {
        ...turn,
        items: upsert(
          turn.items,
          `user:${event.id}`,
          () => ({ kind: "user", key: `user:${event.id}`, text: event.text, messageId: event.id }),
          (item) => item,
        ),
      };
    case "system":
    case "event":
      return {
        ...turn,
        items: upsert(
          turn.items,
          `${event.type}:${event.id}`,
          () => ({ kind: event.type, key: `${event.type}:${event.id}`, text: event.text }),
          (item) => item,
        ),
      };
    case "assistant":
    case "reasoning": {
      const key = `${event.type}:${event.id}`;
      return {
        ...turn,
        items: upsert(
          turn.items,
          key,
          () =>
            event.type === "assistant"
              ? { kind: "assistant", key, text: event.delta, messageId: event.id }
              : { kind: "reasoning", key, text: event.delta },
          (item) => ("text" in item ? { ...item, text: item.text + event.delta } : item),
        ),
      };
    }
    case "hidden_reasoning":
      return {
        ...turn,
        items: upsert(
          turn.items,
          `hidden:${event.id}`,
          () => ({ kind: "hidden_reasoning", key: `hidden:${event.id}` }),
          (item) => item,
        ),
      };
    case "tool_call":
    case "approval_request": {
      const key = `${event.type}:${event.id}`;
      return {
        ...turn,
        items: upsert(
          turn.items,
          key,
          () => ({
            kind: event.type,
            key,
            toolCallId: event.toolCallId,
            name: event.name,
            arguments: event.argumentsDelta,
          }),
          (item) =>
            item.kind === "tool_call" || item.kind === "approval_request"
              ? {
                  ...item,
                  toolCallId: item.toolCallId ?? event.toolCallId,
                  name: item.name ?? event.name,
                  arguments: item.arguments + event.argumentsDelta,
                }
              : item,
        ),
      };
    }
    case "tool_return": {
      const key = `tool_return:${event.id}`;
      const item: TranscriptItem = {
        kind: "tool_return",
        key,
        toolCallId: event.toolCallId,
        status: event.status,
        result: event.result,
        stdout: event.stdout,
        stderr: event.stderr,
      };
      return {
        ...turn,
        items: upsert(
          turn.items,
          key,
          () => item,
          () => item,
        ),
      };
    }
    case "approval_response": {
      const key = `approval_response:${event.id}`;
      const item: TranscriptItem = { kind: "approval_response", key, approve: event.approve, reason: event.reason };
      return {
        ...turn,
        items: upsert(
          turn.items,
          key,
          () => item,
          () => item,
        ),
      };
    }
    case "run":
      return turn.runIds.includes(event.runId) ? turn : { ...turn, runIds: [...turn.runIds, event.runId] };
    case "stop":
      return { ...turn, stopReason: event.reason };
    case "usage":
      return {
        ...turn,
        usage: { steps: event.steps, promptTokens: event.promptTokens, completionTokens: event.completionTokens },
      };
    case "error":
      return {
        ...turn,
        items: [...turn.items, { kind: "error", key: `error:${turn.items.length}`, error: event.error }],
      };
  }
}

const stopReasonText: Record<string, string> = {
  end_turn: "Turn complete",
  requires_approval: "Waiting for approval",
  cancelled: "Stopped",
  max_steps: "Stopped: reached the maximum number of steps",
  max_tokens_exceeded: "Stopped: the model ran out of output tokens",
  error: "Stopped by an error",
  llm_api_error: "Stopped: the model provider returned an error",
  invalid_llm_response: "Stopped: the model gave an invalid response",
  invalid_tool_call: "Stopped: the model made an invalid tool call",
  no_tool_call: "Stopped: the model did not call a tool",
  tool_rule: "Stopped by a tool rule",
  context_window_overflow_in_system_prompt: "Stopped: the system prompt does not fit the context window",
};

export function describeStopReason(reason: string): string {
  return stopReasonText[reason] ?? `Stopped (${reason.replaceAll("_", " ")})`;
}

/** Folds a whole list of events (a page of history, or a finished stream) into items, oldest first. */
export function foldChatEvents(events: Iterable<ChatEvent>): Turn {
  let turn = emptyTurn;
  for (const event of events) turn = applyChatEvent(turn, event);
  return turn;
}

/**
 * The approval request still waiting for an answer, if the transcript ends on one: nothing but
 * reasoning may follow it (a tool result, an answer or a new message settles it).
 */
export function pendingApproval(items: readonly TranscriptItem[]): (ToolCallItem & { toolCallId: string }) | null {
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index];
    if (!item) continue;
    if (item.kind === "approval_request") return item.toolCallId ? { ...item, toolCallId: item.toolCallId } : null;
    if (item.kind !== "reasoning" && item.kind !== "hidden_reasoning") return null;
  }
  return null;
}
