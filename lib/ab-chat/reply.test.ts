import { describe, expect, it } from "vitest";
import { foldChatEvents } from "@/lib/chat/transcript";
import { partItems, replyParts, toSideReply } from "./reply";
import { sideReplySchema } from "./schema";

const turn = foldChatEvents([
  { type: "run", runId: "run-1" },
  { type: "user", id: "message-u", text: "#remember tea" },
  { type: "reasoning", id: "message-r", delta: "Think" },
  { type: "reasoning", id: "message-r", delta: "ing" },
  { type: "tool_call", id: "message-t", toolCallId: "call-1", name: "memory_insert", argumentsDelta: '{"a":' },
  { type: "tool_call", id: "message-t", toolCallId: null, name: null, argumentsDelta: "1}" },
  {
    type: "tool_return",
    id: "message-x",
    toolCallId: "call-1",
    status: "success",
    result: "ok",
    stdout: ["out"],
    stderr: [],
  },
  { type: "assistant", id: "message-a", delta: "Done: " },
  { type: "assistant", id: "message-a", delta: "memory_insert returned: ok" },
  { type: "stop", reason: "end_turn" },
  { type: "usage", steps: 2, promptTokens: 100, completionTokens: 20 },
]);

describe("replyParts", () => {
  it("keeps reasoning, tool calls and results and the reply, leaving out the user's own message", () => {
    expect(replyParts(turn.items)).toEqual([
      { kind: "reasoning", text: "Thinking" },
      { kind: "tool_call", name: "memory_insert", arguments: '{"a":1}' },
      { kind: "tool_return", status: "success", result: "ok" },
      { kind: "assistant", text: "Done: memory_insert returned: ok" },
    ]);
  });
});

describe("toSideReply", () => {
  it("keeps a finished turn with its usage, duration, stop reason and run, in the shape the action accepts", () => {
    const reply = toSideReply({ ok: true, turn, status: "done", durationMs: 1234.4 });
    expect(reply).toMatchObject({
      status: "done",
      stopReason: "end_turn",
      usage: { steps: 2, promptTokens: 100, completionTokens: 20 },
      durationMs: 1234,
      runIds: ["run-1"],
    });
    expect(sideReplySchema.safeParse(reply).success).toBe(true);
  });

  it("marks a turn that streamed an error as failed, and a stopped one as stopped", () => {
    const failed = foldChatEvents([
      { type: "error", error: { code: "server_error", message: "The model failed.", hint: "Retry." } },
    ]);
    expect(toSideReply({ ok: true, turn: failed, status: "done", durationMs: 5 }).status).toBe("failed");
    expect(toSideReply({ ok: true, turn, status: "stopped", durationMs: 5 }).status).toBe("stopped");
  });

  it("keeps why a side could not be sent to", () => {
    const reply = toSideReply({
      ok: false,
      error: { code: "not_found", message: "No such agent.", hint: "Pick another." },
    });
    expect(reply).toEqual({
      status: "failed",
      parts: [{ kind: "error", message: "No such agent.", hint: "Pick another." }],
      stopReason: null,
      usage: null,
      durationMs: null,
      runIds: [],
    });
    expect(sideReplySchema.safeParse(reply).success).toBe(true);
  });
});

describe("partItems", () => {
  it("turns kept parts back into transcript items with unique keys", () => {
    const items = partItems(replyParts(turn.items), "replay-A-0");
    expect(items.map((item) => item.kind)).toEqual(["reasoning", "tool_call", "tool_return", "assistant"]);
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
  });
});
