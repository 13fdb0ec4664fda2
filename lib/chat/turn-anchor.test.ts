import { describe, expect, it } from "vitest";
import type { ChatRow } from "./rows";
import { turnFromHash, turnHref, turnRows } from "./turn-anchor";

describe("turnFromHash", () => {
  it("reads the run id of a turn link and nothing else", () => {
    expect(turnFromHash("#turn-run-1a2b")).toBe("run-1a2b");
    expect(turnFromHash("#turn-")).toBeNull();
    expect(turnFromHash("#turn-run 1")).toBeNull();
    expect(turnFromHash("#other")).toBeNull();
    expect(turnFromHash("")).toBeNull();
  });

  it("reads back what turnHref writes", () => {
    const href = turnHref("agent-1", "run-9", "conv-2");
    expect(href).toBe("/agents/agent-1?conversation=conv-2#turn-run-9");
    expect(turnFromHash(href.slice(href.indexOf("#")))).toBe("run-9");
    expect(turnHref("agent-1", "run-9", null)).toBe("/agents/agent-1#turn-run-9");
  });
});

describe("turnRows", () => {
  const rows: ChatRow[] = [
    { kind: "start", key: "start" },
    { kind: "item", key: "h:user:1", item: { kind: "user", key: "user:1", text: "a", runId: "run-1" } },
    { kind: "item", key: "h:assistant:2", item: { kind: "assistant", key: "assistant:2", text: "b", runId: "run-1" } },
    { kind: "run", key: "run:run-1", runId: "run-1" },
    { kind: "item", key: "h:user:3", item: { kind: "user", key: "user:3", text: "c", runId: "run-2" } },
    { kind: "run", key: "run:run-2", runId: "run-2" },
    { kind: "item", key: "t0:sent", item: { kind: "user", key: "sent:0", text: "d" } },
    { kind: "item", key: "t0:assistant:5", item: { kind: "assistant", key: "assistant:5", text: "e" } },
    { kind: "footer", key: "t0:footer", status: "done", stopReason: "end_turn", usage: null, runIds: ["run-3"] },
  ];

  it("finds a turn loaded from history: its first row and every row of the run", () => {
    expect(turnRows(rows, "run-1")).toEqual({ first: 1, keys: new Set(["h:user:1", "h:assistant:2", "run:run-1"]) });
    expect(turnRows(rows, "run-2")?.first).toBe(4);
  });

  it("finds a turn streamed in this page by its footer, from the message that started it", () => {
    expect(turnRows(rows, "run-3")).toEqual({ first: 6, keys: new Set(["t0:sent", "t0:assistant:5", "t0:footer"]) });
  });

  it("is null for a run with no row", () => {
    expect(turnRows(rows, "run-4")).toBeNull();
  });
});
