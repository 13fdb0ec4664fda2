import type { LettaStreamingResponse, Message } from "@letta-ai/letta-client/resources/agents/messages";
import { describe, expect, it } from "vitest";
import { foldChatEvents, pendingApproval } from "@/lib/chat/transcript";
import { oldestFirst, runIdOf, toChatEvent } from "./message-mapping";

const date = "2026-01-01T00:00:00Z";

function fold(messages: Array<Message | LettaStreamingResponse>) {
  return foldChatEvents(messages.map(toChatEvent).filter((event) => event !== undefined));
}

describe("toChatEvent", () => {
  it("maps a listed history to the same items as the stream would give", () => {
    const history: Message[] = [
      { message_type: "system_message", id: "s1", date, content: "You are helpful." },
      {
        message_type: "user_message",
        id: "u1",
        date,
        content: [
          { type: "text", text: "hi " },
          { type: "text", text: "there" },
        ],
      },
      { message_type: "reasoning_message", id: "a1", date, reasoning: "The user greets me." },
      {
        message_type: "tool_call_message",
        id: "a1",
        date,
        tool_call: { tool_call_id: "call_1", name: "memory_insert", arguments: '{"label":"human"}' },
      },
      {
        message_type: "tool_return_message",
        id: "r1",
        date,
        tool_call_id: "call_1",
        status: "error",
        tool_return: "boom",
        stderr: ["trace"],
      },
      { message_type: "assistant_message", id: "a2", date, content: "Hello!" },
    ];
    expect(fold(history).items).toEqual([
      { kind: "system", key: "system:s1", text: "You are helpful." },
      { kind: "user", key: "user:u1", text: "hi there", messageId: "u1" },
      { kind: "reasoning", key: "reasoning:a1", text: "The user greets me." },
      {
        kind: "tool_call",
        key: "tool_call:a1",
        toolCallId: "call_1",
        name: "memory_insert",
        arguments: '{"label":"human"}',
      },
      {
        kind: "tool_return",
        key: "tool_return:r1",
        toolCallId: "call_1",
        status: "error",
        result: "boom",
        stdout: [],
        stderr: ["trace"],
      },
      { kind: "assistant", key: "assistant:a2", text: "Hello!", messageId: "a2" },
    ]);
  });

  it("joins streamed token chunks of one message", () => {
    const chunks: LettaStreamingResponse[] = [
      { message_type: "assistant_message", id: "a1", date, content: "Hel", run_id: "run-1" },
      { message_type: "assistant_message", id: "a1", date, content: "lo", run_id: "run-1" },
      { message_type: "stop_reason", stop_reason: "end_turn" },
    ];
    const turn = fold(chunks);
    expect(turn.items).toEqual([{ kind: "assistant", key: "assistant:a1", text: "Hello", messageId: "a1" }]);
    expect(turn.stopReason).toBe("end_turn");
    expect(chunks.map(runIdOf)).toEqual(["run-1", "run-1", null]);
  });

  it("shows approval requests, answers, events and summaries", () => {
    const items = fold([
      {
        message_type: "approval_request_message",
        id: "q1",
        date,
        tool_call: { tool_call_id: "call_9", name: "delete_all", arguments: "{}" },
      },
      {
        message_type: "approval_response_message",
        id: "q2",
        date,
        approvals: [{ type: "approval", tool_call_id: "call_9", approve: false, reason: "no" }],
      },
      {
        message_type: "event_message",
        id: "e1",
        date,
        event_type: "compaction",
        event_data: { messages_before: 40, detail: { nested: true } },
      },
      { message_type: "summary_message", id: "m1", date, summary: "We talked." },
    ]).items;
    expect(items).toEqual([
      {
        kind: "approval_request",
        key: "approval_request:q1",
        toolCallId: "call_9",
        name: "delete_all",
        arguments: "{}",
      },
      { kind: "approval_response", key: "approval_response:q2", approve: false, reason: "no" },
      { kind: "event", key: "event:e1", text: "compaction (messages before: 40)" },
      { kind: "event", key: "event:m1", text: "Earlier messages were summarized: We talked." },
    ]);
  });

  it("drops keep-alives and turns stream errors into an error item", () => {
    const turn = fold([
      { message_type: "ping", id: "p", date },
      { message_type: "error_message", message: "Provider failed", error_type: "llm_error", run_id: "r" },
    ]);
    expect(turn.items).toEqual([
      {
        kind: "error",
        key: "error:0",
        error: {
          code: "server_error",
          message: "Provider failed",
          hint: "Check the model provider and the Letta server's log.",
        },
      },
    ]);
  });
});

describe("pendingApproval", () => {
  const request = { kind: "approval_request", key: "q", toolCallId: "call_1", name: "t", arguments: "{}" } as const;

  it("finds a request the transcript ends on, past reasoning", () => {
    expect(pendingApproval([request, { kind: "reasoning", key: "r", text: "…" }])?.toolCallId).toBe("call_1");
  });

  it("is settled by an answer or a result", () => {
    expect(pendingApproval([request, { kind: "approval_response", key: "a", approve: true, reason: null }])).toBeNull();
    expect(
      pendingApproval([
        request,
        { kind: "tool_return", key: "x", toolCallId: "call_1", status: "success", result: "", stdout: [], stderr: [] },
      ]),
    ).toBeNull();
  });
});

describe("oldestFirst", () => {
  it("keeps a page Letta already gave oldest first, and turns a newest-first page around", () => {
    const a = { id: "a", date: "2026-01-01T00:00:00Z" };
    const b = { id: "b", date: "2026-01-01T00:00:01Z" };
    const c = { id: "c", date: "2026-01-01T00:00:01Z" };
    expect(oldestFirst([a, b, c]).map((item) => item.id)).toEqual(["a", "b", "c"]);
    expect(oldestFirst([c, b, a]).map((item) => item.id)).toEqual(["a", "b", "c"]);
  });
});
