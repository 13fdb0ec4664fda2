import type { AppErrorBody } from "@/lib/errors";

/** One piece of a streamed turn, as the ADE's route sends it to the browser (one JSON object a line). */
export type ChatEvent =
  | { type: "user"; id: string; text: string }
  | { type: "assistant"; id: string; delta: string }
  | { type: "reasoning"; id: string; delta: string }
  | { type: "hidden_reasoning"; id: string }
  | { type: "tool_call"; id: string; toolCallId: string | null; name: string | null; argumentsDelta: string }
  | {
      type: "tool_return";
      id: string;
      toolCallId: string;
      status: "success" | "error";
      result: string;
      stdout: string[];
      stderr: string[];
    }
  | { type: "approval_request"; id: string; toolCallId: string | null; name: string | null; argumentsDelta: string }
  | { type: "approval_response"; id: string; approve: boolean | null; reason: string | null }
  | { type: "system"; id: string; text: string }
  | { type: "event"; id: string; text: string }
  | { type: "run"; runId: string }
  | { type: "stop"; reason: string }
  | { type: "usage"; steps: number; promptTokens: number; completionTokens: number }
  | { type: "error"; error: AppErrorBody };

export function encodeChatEvent(event: ChatEvent): string {
  return `${JSON.stringify(event)}\n`;
}

/** Splits an NDJSON byte stream into chat events as lines complete. */
export async function* decodeChatEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ChatEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let newline = buffer.indexOf("\n");
      while (newline >= 0) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        if (line) yield JSON.parse(line) as ChatEvent;
        newline = buffer.indexOf("\n");
      }
    }
    const rest = (buffer + decoder.decode()).trim();
    if (rest) yield JSON.parse(rest) as ChatEvent;
  } finally {
    reader.releaseLock();
  }
}
