import { describe, expect, it } from "vitest";
import { buildRows } from "@/lib/chat/rows";
import { runsChanged } from "./runs-diff";
import { applyWatchEvent, mergeArrival, senderLabel } from "./watched-turns";

const start = {
  type: "turn_start",
  turnId: "t1",
  tabId: "a",
  sender: null,
  conversationId: null,
  outgoing: { kind: "message", text: "hello", role: "user" },
} as const;

describe("watched turns", () => {
  it("folds a relayed turn token by token and marks who sent it", () => {
    let turns = applyWatchEvent([], start, 1);
    turns = applyWatchEvent(turns, {
      type: "turn_event",
      turnId: "t1",
      event: { type: "assistant", id: "m", delta: "Hel" },
    });
    turns = applyWatchEvent(turns, {
      type: "turn_event",
      turnId: "t1",
      event: { type: "assistant", id: "m", delta: "lo" },
    });
    expect(turns[0]?.turn.items).toMatchObject([{ kind: "assistant", text: "Hello" }]);
    expect(turns[0]?.status).toBe("streaming");
    turns = applyWatchEvent(turns, { type: "turn_end", turnId: "t1" }, 2);
    expect(turns[0]).toMatchObject({ status: "done", endedAt: 2, from: "Sent from another tab" });
    const rows = buildRows([], turns);
    expect(rows.map((row) => (row.kind === "item" ? row.item.kind : row.kind))).toEqual([
      "start",
      "event",
      "user",
      "assistant",
      "footer",
    ]);
  });

  it("starts a turn over when it is sent again whole (a reconnect that could not resume)", () => {
    let turns = applyWatchEvent([], start);
    turns = applyWatchEvent(turns, {
      type: "turn_event",
      turnId: "t1",
      event: { type: "assistant", id: "m", delta: "Hi" },
    });
    turns = applyWatchEvent(turns, start);
    turns = applyWatchEvent(turns, {
      type: "turn_event",
      turnId: "t1",
      event: { type: "assistant", id: "m", delta: "Hi" },
    });
    expect(turns).toHaveLength(1);
    expect(turns[0]?.turn.items).toMatchObject([{ text: "Hi" }]);
  });

  it("marks a turn someone stopped", () => {
    let turns = applyWatchEvent([], start);
    turns = applyWatchEvent(turns, { type: "turn_event", turnId: "t1", event: { type: "stop", reason: "cancelled" } });
    expect(turns[0]).toMatchObject({ status: "done", turn: { stopReason: "cancelled" } });
  });

  it("names the sender when the ADE knows it", () => {
    expect(senderLabel("Ana")).toBe("Sent by Ana");
  });

  it("replaces a run's messages as it progresses instead of adding them twice", () => {
    const first = mergeArrival([], { at: 1, runId: "r", items: [{ kind: "user", key: "user:1", text: "a" }] });
    const next = mergeArrival(first, {
      at: 5,
      runId: "r",
      items: [
        { kind: "user", key: "user:1", text: "a" },
        { kind: "assistant", key: "assistant:2", text: "b" },
      ],
    });
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ at: 1 });
    expect(next[0]?.items).toHaveLength(2);
  });

  it("reports runs that are new or changed status", () => {
    const run = (id: string, status: string) => ({ id, status, agentId: "a", conversationId: null });
    expect(runsChanged([run("1", "running")], [run("2", "created"), run("1", "completed")]).map((r) => r.id)).toEqual([
      "2",
      "1",
    ]);
    expect(runsChanged([run("1", "completed")], [run("1", "completed")])).toEqual([]);
  });
});
