import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import {
  addTestMessage,
  emptyPair,
  finishReplay,
  moveTestMessage,
  pairKey,
  recordReplies,
  removeTestMessage,
  startReplay,
  updateTestMessage,
} from "./pair";
import { TEST_MESSAGES_PER_PAIR } from "./schema";
import type { PairData, SideReply } from "./types";

const three: PairData = {
  messages: [
    { id: "m1", text: "one" },
    { id: "m2", text: "two" },
    { id: "m3", text: "three" },
  ],
  replay: null,
};

const reply = (text: string): SideReply => ({
  status: "done",
  parts: [{ kind: "assistant", text }],
  stopReason: "end_turn",
  usage: { steps: 1, promptTokens: 10, completionTokens: 2 },
  durationMs: 120,
  runIds: ["run-1"],
});

const texts = (pair: PairData) => pair.messages.map((message) => message.text);

describe("pairKey", () => {
  it("is the same for either order of the two agents", () => {
    expect(pairKey("agent-b", "agent-a")).toBe(pairKey("agent-a", "agent-b"));
    expect(pairKey("agent-a", "agent-b")).not.toBe(pairKey("agent-a", "agent-c"));
  });
});

describe("test messages", () => {
  it("adds at the end, edits, removes", () => {
    const added = addTestMessage(three, { id: "m4", text: "four" });
    expect(texts(added)).toEqual(["one", "two", "three", "four"]);
    expect(texts(updateTestMessage(added, "m2", "TWO"))).toEqual(["one", "TWO", "three", "four"]);
    expect(texts(removeTestMessage(added, "m1"))).toEqual(["two", "three", "four"]);
    expect(texts(three)).toEqual(["one", "two", "three"]);
  });

  it("moves a message one place up or down and leaves the ends alone", () => {
    expect(texts(moveTestMessage(three, "m2", "up"))).toEqual(["two", "one", "three"]);
    expect(texts(moveTestMessage(three, "m2", "down"))).toEqual(["one", "three", "two"]);
    expect(moveTestMessage(three, "m1", "up")).toBe(three);
    expect(moveTestMessage(three, "m3", "down")).toBe(three);
  });

  it("refuses a change to a message that is no longer saved", () => {
    for (const change of [
      () => updateTestMessage(three, "gone", "x"),
      () => removeTestMessage(three, "gone"),
      () => moveTestMessage(three, "gone", "up"),
    ]) {
      expect(change).toThrow(AppError);
    }
  });

  it("keeps at most the limit of messages per pair", () => {
    let pair = emptyPair;
    for (let index = 0; index < TEST_MESSAGES_PER_PAIR; index++)
      pair = addTestMessage(pair, { id: `m${index}`, text: `${index}` });
    expect(() => addTestMessage(pair, { id: "one-more", text: "x" })).toThrow(/at most 50 test messages/);
  });
});

describe("replays", () => {
  it("starts with every message unanswered on both sides, replacing the previous replay", () => {
    const first = startReplay(three, "agent-a", "agent-b", "replay-1", "2026-01-01T00:00:00.000Z");
    expect(first.replay?.replies).toEqual({ "agent-a": [null, null, null], "agent-b": [null, null, null] });
    const second = startReplay(first, "agent-a", "agent-b", "replay-2", "2026-01-02T00:00:00.000Z");
    expect(second.replay?.id).toBe("replay-2");
    expect(second.replay?.startedAt).toBe("2026-01-02T00:00:00.000Z");
  });

  it("keeps the messages as they were sent even when the list changes afterwards", () => {
    const started = startReplay(three, "agent-a", "agent-b", "replay-1", "now");
    const edited = updateTestMessage(started, "m1", "edited");
    expect(edited.replay?.messages.map((message) => message.text)).toEqual(["one", "two", "three"]);
  });

  it("refuses to start without messages", () => {
    expect(() => startReplay(emptyPair, "agent-a", "agent-b", "replay-1", "now")).toThrow(/no test messages/);
  });

  it("files each side's reply under its agent, message by message", () => {
    let pair = startReplay(three, "agent-a", "agent-b", "replay-1", "now");
    pair = recordReplies(pair, "replay-1", 0, { "agent-a": reply("A0"), "agent-b": reply("B0") });
    pair = recordReplies(pair, "replay-1", 2, { "agent-a": reply("A2"), "agent-b": reply("B2") });
    expect(pair.replay?.replies["agent-a"]).toEqual([reply("A0"), null, reply("A2")]);
    expect(pair.replay?.replies["agent-b"]).toEqual([reply("B0"), null, reply("B2")]);
    const done = finishReplay(pair, "replay-1", false, "later");
    expect(done.replay).toMatchObject({ finishedAt: "later", stopped: false });
  });

  it("refuses replies for an older replay or a message it does not have", () => {
    const pair = startReplay(three, "agent-a", "agent-b", "replay-2", "now");
    expect(() => recordReplies(pair, "replay-1", 0, { "agent-a": reply("A") })).toThrow(/newer replay/);
    expect(() => recordReplies(pair, "replay-2", 3, { "agent-a": reply("A") })).toThrow(/no such message/);
    expect(() => finishReplay(emptyPair, "replay-2", true, "now")).toThrow(AppError);
  });
});
