import { describe, expect, it } from "vitest";
import { AgentLog } from "./agent-log";

const start = {
  type: "turn_start",
  turnId: "t1",
  tabId: "a",
  sender: null,
  conversationId: null,
  outgoing: { kind: "message", text: "hi", role: "user" },
} as const;

describe("AgentLog", () => {
  it("replays what a tab missed since the last event it saw", () => {
    const log = new AgentLog("srv", 10);
    const first = log.append({ type: "runs" });
    log.append({ type: "runs" });
    log.append({ type: "blocks", blocks: [] });
    expect(log.since(first.id)?.map((entry) => entry.event.type)).toEqual(["runs", "blocks"]);
    expect(log.since(log.lastId())).toEqual([]);
  });

  it("cannot replay another server's ids, ids from the future or events it no longer keeps", () => {
    const log = new AgentLog("srv", 3);
    const first = log.append({ type: "runs" });
    for (let index = 0; index < 5; index++) log.append({ type: "runs" });
    expect(log.since(first.id)).toBeNull();
    expect(log.since("other.1")).toBeNull();
    expect(log.since("srv.99")).toBeNull();
    expect(log.since("srv.4")?.length).toBe(2);
  });

  it("keeps each streaming turn whole until it ends, for a tab opened mid-turn", () => {
    const log = new AgentLog("srv");
    log.append(start);
    log.append({ type: "turn_event", turnId: "t1", event: { type: "assistant", id: "m1", delta: "Hel" } });
    expect(log.activeTurns().map((event) => event.type)).toEqual(["turn_start", "turn_event"]);
    log.append({ type: "turn_end", turnId: "t1" });
    expect(log.activeTurns()).toEqual([]);
    expect(log.hasActiveTurns()).toBe(false);
  });

  it("drops a turn whose end never came", () => {
    const log = new AgentLog("srv");
    log.append(start, 0);
    expect(log.activeTurns(16 * 60_000)).toEqual([]);
  });

  it("says when a streaming turn has not named its run yet (a run seen upstream then may be that turn's)", () => {
    const log = new AgentLog("srv");
    expect(log.awaitsRun()).toBe(false);
    log.append(start);
    expect(log.awaitsRun()).toBe(true);
    log.append({ type: "turn_event", turnId: "t1", event: { type: "run", runId: "run-1" } });
    expect(log.awaitsRun()).toBe(false);
    log.append({ type: "turn_end", turnId: "t1" });
    expect(log.awaitsRun()).toBe(false);
  });
});
