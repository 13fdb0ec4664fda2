import { describe, expect, it } from "vitest";
import type { ChatEvent } from "./events";
import { decodeChatEvents, encodeChatEvent } from "./events";
import { applyChatEvent, describeStopReason, emptyTurn } from "./transcript";

function fold(events: ChatEvent[]) {
  return events.reduce(applyChatEvent, emptyTurn);
}

describe("applyChatEvent", () => {
  it("joins token chunks that share a message id, keeping reasoning and reply apart", () => {
    const turn = fold([
      { type: "reasoning", id: "m1", delta: "Think" },
      { type: "reasoning", id: "m1", delta: "ing" },
      { type: "assistant", id: "m1", delta: "Hel" },
      { type: "assistant", id: "m1", delta: "lo" },
    ]);
    expect(turn.items).toEqual([
      { kind: "reasoning", key: "reasoning:m1", text: "Thinking" },
      { kind: "assistant", key: "assistant:m1", text: "Hello", messageId: "m1" },
    ]);
  });

  it("assembles a tool call's name and arguments from deltas", () => {
    const turn = fold([
      { type: "tool_call", id: "t1", toolCallId: "call_1", name: "memory_insert", argumentsDelta: '{"label":' },
      { type: "tool_call", id: "t1", toolCallId: null, name: null, argumentsDelta: '"human"}' },
    ]);
    expect(turn.items[0]).toMatchObject({
      kind: "tool_call",
      name: "memory_insert",
      toolCallId: "call_1",
      arguments: '{"label":"human"}',
    });
  });

  it("records stop reason, usage and errors", () => {
    const turn = fold([
      { type: "stop", reason: "end_turn" },
      { type: "usage", steps: 2, promptTokens: 10, completionTokens: 5 },
      { type: "error", error: { code: "server_error", message: "m", hint: "h" } },
    ]);
    expect(turn.stopReason).toBe("end_turn");
    expect(turn.usage).toEqual({ steps: 2, promptTokens: 10, completionTokens: 5 });
    expect(turn.items.at(-1)).toMatchObject({ kind: "error" });
  });
});

describe("describeStopReason", () => {
  it("says known reasons in words and falls back for new ones", () => {
    expect(describeStopReason("max_steps")).toMatch(/maximum number of steps/);
    expect(describeStopReason("requires_approval")).toBe("Waiting for approval");
    expect(describeStopReason("brand_new_reason")).toBe("Stopped (brand new reason)");
  });
});

describe("decodeChatEvents", () => {
  it("splits NDJSON across arbitrary chunk boundaries, including inside a multi-byte character", async () => {
    const text =
      encodeChatEvent({ type: "assistant", id: "a", delta: "héllo ✓" }) +
      encodeChatEvent({ type: "stop", reason: "end_turn" });
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 3) controller.enqueue(bytes.slice(i, i + 3));
        controller.close();
      },
    });
    const events: ChatEvent[] = [];
    for await (const event of decodeChatEvents(body)) events.push(event);
    expect(events).toEqual([
      { type: "assistant", id: "a", delta: "héllo ✓" },
      { type: "stop", reason: "end_turn" },
    ]);
  });
});
