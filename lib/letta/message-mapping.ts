import type { LettaStreamingResponse, Message } from "@letta-ai/letta-client/resources/agents/messages";
import type { ChatEvent } from "@/lib/chat/events";

/** A message as Letta lists it (history) or streams it (a turn): both narrow to the same chat events. */
export type LettaMessageLike = Message | LettaStreamingResponse;

function contentText(content: string | ReadonlyArray<{ type?: string; text?: string }>): string {
  if (typeof content === "string") return content;
  return content.map((part) => (typeof part.text === "string" ? part.text : "")).join("");
}

function describeEvent(eventType: string, data: Record<string, unknown>): string {
  const details = Object.entries(data)
    .filter(([, value]) => typeof value === "number" || typeof value === "string")
    .map(([name, value]) => `${name.replaceAll("_", " ")}: ${String(value)}`)
    .join(", ");
  return details ? `${eventType} (${details})` : eventType;
}

/** Narrows one Letta message (listed or streamed) to the app's chat event, or nothing for keep-alives. */
export function toChatEvent(item: LettaMessageLike): ChatEvent | undefined {
  switch (item.message_type) {
    case "user_message":
      return { type: "user", id: item.id, text: contentText(item.content) };
    case "assistant_message":
      return { type: "assistant", id: item.id, delta: contentText(item.content) };
    case "reasoning_message":
      return { type: "reasoning", id: item.id, delta: item.reasoning };
    case "hidden_reasoning_message":
      return { type: "hidden_reasoning", id: item.id };
    case "tool_call_message":
    case "approval_request_message": {
      const call = item.tool_call;
      return {
        type: item.message_type === "tool_call_message" ? "tool_call" : "approval_request",
        id: item.id,
        toolCallId: call.tool_call_id ?? null,
        name: call.name ?? null,
        argumentsDelta: call.arguments ?? "",
      };
    }
    case "approval_response_message": {
      const first = item.approvals?.[0];
      const approve = item.approve ?? (first && "approve" in first ? first.approve : null);
      const reason = item.reason ?? (first && "reason" in first ? (first.reason ?? null) : null);
      return { type: "approval_response", id: item.id, approve, reason };
    }
    case "tool_return_message":
      return {
        type: "tool_return",
        id: item.id,
        toolCallId: item.tool_call_id,
        status: item.status,
        result: item.tool_return,
        stdout: item.stdout ?? [],
        stderr: item.stderr ?? [],
      };
    case "system_message":
      return { type: "system", id: item.id, text: item.content };
    case "summary_message":
      return { type: "event", id: item.id, text: `Earlier messages were summarized: ${item.summary}` };
    case "event_message":
      return { type: "event", id: item.id, text: describeEvent(item.event_type, item.event_data) };
    case "stop_reason":
      return { type: "stop", reason: item.stop_reason };
    case "usage_statistics":
      return {
        type: "usage",
        steps: item.step_count ?? 0,
        promptTokens: item.prompt_tokens ?? 0,
        completionTokens: item.completion_tokens ?? 0,
      };
    case "error_message":
      return {
        type: "error",
        error: {
          code: "server_error",
          message: item.message,
          hint: item.detail ?? "Check the model provider and the Letta server's log.",
        },
      };
    default:
      return undefined;
  }
}

/** The run a streamed or listed message belongs to, when Letta says. */
export function runIdOf(item: LettaMessageLike): string | null {
  return "run_id" in item && typeof item.run_id === "string" ? item.run_id : null;
}

/**
 * A page listed with `order: "desc"`, oldest first. Letta 0.16 picks the newest messages but hands them
 * back oldest first; a server that keeps them newest first is recognized by the dates.
 */
export function oldestFirst<T extends { date?: string }>(page: readonly T[]): T[] {
  const first = page[0]?.date;
  const last = page.at(-1)?.date;
  if (first && last && Date.parse(first) > Date.parse(last)) return page.slice().reverse();
  return page.slice();
}
