import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { finishReplay, pairKey, recordReplies, replayMessages, startReplay } from "./pair";
import { REPLAY_MAX_MESSAGES } from "./schema";
import type { SideReply, TestDataset } from "./types";

const dataset: TestDataset = {
  id: "ds-1",
  name: "Greetings",
  cases: [
    { id: "case-1", input: ["one"] },
    { id: "case-2", input: ["two, turn 1", "two, turn 2"] },
  ],
};

const reply = (text: string): SideReply => ({
  status: "done",
  parts: [{ kind: "assistant", text }],
  stopReason: "end_turn",
  usage: { steps: 1, promptTokens: 10, completionTokens: 2 },
  durationMs: 120,
  runIds: ["run-1"],
});

describe("pairKey", () => {
  it("is the same for either order of the two agents", () => {
    expect(pairKey("agent-b", "agent-a")).toBe(pairKey("agent-a", "agent-b"));
    expect(pairKey("agent-a", "agent-b")).not.toBe(pairKey("agent-a", "agent-c"));
  });
});

describe("replays", () => {
  it("sends every case's turns in order, case after case", () => {
    expect(replayMessages(dataset)).toEqual([
      { id: "case-1-1", text: "one", caseId: "case-1", turn: 1, turns: 1 },
      { id: "case-2-1", text: "two, turn 1", caseId: "case-2", turn: 1, turns: 2 },
      { id: "case-2-2", text: "two, turn 2", caseId: "case-2", turn: 2, turns: 2 },
    ]);
  });

  it("starts with every message unanswered on both sides, naming its dataset", () => {
    const replay = startReplay(dataset, "agent-a", "agent-b", "replay-1", "2026-01-01T00:00:00.000Z");
    expect(replay).toMatchObject({ id: "replay-1", datasetId: "ds-1", datasetName: "Greetings", finishedAt: null });
    expect(replay.replies).toEqual({ "agent-a": [null, null, null], "agent-b": [null, null, null] });
  });

  it("refuses a dataset without cases, or one with more messages than a replay sends", () => {
    expect(() => startReplay({ ...dataset, cases: [] }, "agent-a", "agent-b", "r", "now")).toThrow(/no cases/);
    const big = {
      ...dataset,
      cases: [{ id: "case-1", input: Array.from({ length: REPLAY_MAX_MESSAGES + 1 }, () => "x") }],
    };
    expect(() => startReplay(big, "agent-a", "agent-b", "r", "now")).toThrow(/at most 100/);
  });

  it("files each side's reply under its agent, message by message", () => {
    let replay = startReplay(dataset, "agent-a", "agent-b", "replay-1", "now");
    replay = recordReplies(replay, "replay-1", 0, { "agent-a": reply("A0"), "agent-b": reply("B0") });
    replay = recordReplies(replay, "replay-1", 2, { "agent-a": reply("A2"), "agent-b": reply("B2") });
    expect(replay.replies["agent-a"]).toEqual([reply("A0"), null, reply("A2")]);
    expect(replay.replies["agent-b"]).toEqual([reply("B0"), null, reply("B2")]);
    expect(finishReplay(replay, "replay-1", false, "later")).toMatchObject({ finishedAt: "later", stopped: false });
  });

  it("refuses replies for an older replay or a message it does not have", () => {
    const replay = startReplay(dataset, "agent-a", "agent-b", "replay-2", "now");
    expect(() => recordReplies(replay, "replay-1", 0, { "agent-a": reply("A") })).toThrow(/newer replay/);
    expect(() => recordReplies(replay, "replay-2", 3, { "agent-a": reply("A") })).toThrow(/no such message/);
    expect(() => finishReplay(null, "replay-2", true, "now")).toThrow(AppError);
  });
});
