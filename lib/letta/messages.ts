import "server-only";
import type { LettaStreamingResponse } from "@letta-ai/letta-client/resources/agents/messages";
import type { ChatEvent } from "@/lib/chat/events";
import { lettaClient } from "./client";
import { activeConnection } from "./connection";
import { toAppError } from "./errors";

function contentText(content: string | ReadonlyArray<{ type?: string; text?: string }>): string {
  if (typeof content === "string") return content;
  return content.map((part) => (typeof part.text === "string" ? part.text : "")).join("");
}

/** Narrows one item of Letta's stream to the app's chat event, or nothing for keep-alives. */
export function toChatEvent(item: LettaStreamingResponse): ChatEvent | undefined {
  switch (item.message_type) {
    case "user_message":
      return { type: "user", id: item.id, text: contentText(item.content) };
    case "assistant_message":
      return { type: "assistant", id: item.id, delta: contentText(item.content) };
    case "reasoning_message":
      return { type: "reasoning", id: item.id, delta: item.reasoning };
    case "hidden_reasoning_message":
      return { type: "hidden_reasoning", id: item.id };
    case "tool_call_message": {
      const call = item.tool_call;
      return {
        type: "tool_call",
        id: item.id,
        toolCallId: call.tool_call_id ?? null,
        name: call.name ?? null,
        argumentsDelta: call.arguments ?? "",
      };
    }
    case "approval_request_message": {
      const call = item.tool_call;
      return {
        type: "approval_request",
        id: item.id,
        toolCallId: call.tool_call_id ?? null,
        name: call.name ?? null,
        argumentsDelta: call.arguments ?? "",
      };
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
        error: { code: "server_error", message: item.message, hint: item.detail ?? "Check the model provider and the Letta server's log." },
      };
    default:
      return undefined;
  }
}

export interface SendMessageInput {
  agentId: string;
  text: string;
  role: "user" | "system";
  signal: AbortSignal;
}

/**
 * Sends one message and resolves once Letta has accepted it, so a refusal (unknown agent, bad input,
 * server down) is thrown as an AppError before anything streams. Never retried: a retry could post the
 * message twice. Errors in the middle of the stream become an `error` event.
 */
export async function openMessageStream(input: SendMessageInput): Promise<AsyncGenerator<ChatEvent>> {
  const connection = await activeConnection();
  let stream;
  try {
    stream = await lettaClient(connection).agents.messages.create(
      input.agentId,
      {
        messages: [{ role: input.role, content: input.text }],
        streaming: true,
        stream_tokens: true,
        include_pings: true,
      },
      { signal: input.signal, maxRetries: 0, timeout: 10 * 60_000 },
    );
  } catch (error) {
    throw toAppError(error, { baseUrl: connection.baseUrl });
  }
  return (async function* events() {
    try {
      for await (const item of stream) {
        const event = toChatEvent(item);
        if (event) yield event;
      }
    } catch (error) {
      const appError = toAppError(error, { baseUrl: connection.baseUrl });
      if (appError.code !== "aborted") yield { type: "error", error: appError.toJSON() } satisfies ChatEvent;
    }
  })();
}
