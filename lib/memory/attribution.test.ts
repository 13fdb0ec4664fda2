import { describe, expect, it } from "vitest";
import { buildBlockTimeline, type RecordedChange, type Snapshot } from "./attribution";

const agent = { kind: "agent" as const, agentId: "agent-1", agentName: "helper" };
const sleeper = { kind: "sleep-time agent" as const, agentId: "agent-2", agentName: "helper-sleeptime" };

function tool(
  id: string,
  at: string,
  before: string | null,
  after: string | null,
  extra: Partial<RecordedChange> = {},
): RecordedChange {
  return {
    id,
    blockId: "block-1",
    label: "human",
    at,
    author: agent,
    source: "tool-call",
    tool: "memory_insert",
    toolCallId: `call-${id}`,
    runId: `run-${id}`,
    stepId: null,
    outcome: "applied",
    summary: id,
    error: null,
    before,
    after,
    notes: [],
    ...extra,
  };
}

function save(id: string, at: string, before: string | null, after: string): RecordedChange {
  return tool(id, at, before, after, {
    author: { kind: "ade-user" },
    source: "ade-save",
    tool: null,
    toolCallId: null,
    runId: null,
  });
}

const seen = (value: string, firstSeen: string, lastSeen = firstSeen): Snapshot => ({ value, firstSeen, lastSeen });

function timeline(changes: RecordedChange[], snapshots: Snapshot[], historyFrom: string | null = null) {
  return buildBlockTimeline({ blockId: "block-1", label: "human", changes, snapshots, historyFrom });
}

const brief = (changes: ReturnType<typeof timeline>) =>
  changes.map((change) => [
    change.id.startsWith("unattributed") ? "?" : change.id,
    change.before,
    change.after,
    change.beforeBasis,
  ]);

describe("buildBlockTimeline", () => {
  it("lists recorded changes newest first with their exact before and after", () => {
    const changes = timeline(
      [tool("a", "2026-01-01T10:00:05+00:00", "A", "B"), save("s", "2026-01-01T10:01:00.000Z", "B", "C")],
      [seen("A", "2026-01-01T09:59:00.000Z", "2026-01-01T10:00:00.000Z"), seen("C", "2026-01-01T10:01:00.100Z")],
    );
    expect(brief(changes)).toEqual([
      ["s", "B", "C", "exact"],
      ["a", "A", "B", "exact"],
    ]);
    expect(changes.every((change) => change.window === null)).toBe(true);
  });

  it("shows a change between two snapshots that nothing explains as unattributed, with the window it happened in", () => {
    const changes = timeline(
      [],
      [seen("A", "2026-01-01T10:00:00.000Z", "2026-01-01T10:00:30.000Z"), seen("Z", "2026-01-01T10:05:00.000Z")],
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      author: { kind: "unknown" },
      source: "snapshots",
      before: "A",
      after: "Z",
      beforeBasis: "exact",
      afterBasis: "exact",
      window: { from: "2026-01-01T10:00:30.000Z", to: "2026-01-01T10:05:00.000Z" },
    });
  });

  it("shows an unattributed change where a tool call starts from a value the ADE did not expect", () => {
    // The ADE saw A; someone outside set X; then the agent edited X into Y.
    const changes = timeline(
      [tool("a", "2026-01-01T10:02:00+00:00", "X", "Y")],
      [seen("A", "2026-01-01T10:00:00.000Z")],
    );
    expect(brief(changes)).toEqual([
      ["a", "X", "Y", "exact"],
      ["?", "A", "X", "exact"],
    ]);
    expect(changes[1]?.window).toEqual({ from: "2026-01-01T10:00:00.000Z", to: "2026-01-01T10:02:00+00:00" });
  });

  it("orders events within the same second by the values they chain through, not by their clocks", () => {
    // Letta dates have whole seconds, and the ADE's clock runs a little behind Letta's: the ADE save
    // recorded at 10:00:04.600 came after the sleep-time agent's edit dated 10:00:05.
    const changes = timeline(
      [
        tool("agent", "2026-01-01T10:00:05+00:00", "orig", "orig\nnote", { author: sleeper }),
        save("s", "2026-01-01T10:00:04.600Z", "orig\nnote", "saved"),
      ],
      [seen("orig", "2026-01-01T10:00:00.000Z", "2026-01-01T10:00:04.000Z"), seen("saved", "2026-01-01T10:00:04.650Z")],
    );
    expect(brief(changes)).toEqual([
      ["s", "orig\nnote", "saved", "exact"],
      ["agent", "orig", "orig\nnote", "exact"],
    ]);
  });

  it("does not guess when nothing was known before: the first snapshot or change sets the known value", () => {
    const changes = timeline(
      [tool("a", "2026-01-01T10:00:05+00:00", "A", "B")],
      [seen("B", "2026-01-01T10:00:05.200Z")],
    );
    expect(brief(changes)).toEqual([["a", "A", "B", "exact"]]);
  });

  it("shows a change without a known before against the last known value, and says so", () => {
    const rethink = tool("r", "2026-01-01T10:01:00+00:00", null, "new", {
      tool: "memory_rethink",
      notes: ["memory_rethink replaces the whole block"],
    });
    const [change] = timeline([rethink], [seen("old", "2026-01-01T10:00:00.000Z")]);
    expect(change).toMatchObject({ before: "old", after: "new", beforeBasis: "last-known", afterBasis: "exact" });
    expect(change?.notes[1]).toMatch(/last knew/);
    const [alone] = timeline([rethink], []);
    expect(alone).toMatchObject({ before: null, beforeBasis: "unknown" });
  });

  it("keeps failed calls without effect, and forgets the known value after a call with an unknown result", () => {
    const changes = timeline(
      [
        tool("failed", "2026-01-01T10:01:00+00:00", null, null, { outcome: "failed", error: "no match" }),
        tool("unknown", "2026-01-01T10:02:00+00:00", null, null, { outcome: "unknown" }),
      ],
      [seen("A", "2026-01-01T10:00:00.000Z"), seen("B", "2026-01-01T10:03:00.000Z")],
    );
    // B after the unknown call is not called unattributed: the call may have made it.
    expect(brief(changes)).toEqual([
      ["unknown", null, null, "unknown"],
      ["failed", null, null, "unknown"],
    ]);
  });

  it("flags an unattributed change that may predate the agent history read", () => {
    const [change] = timeline(
      [],
      [seen("A", "2026-01-01T09:00:00.000Z"), seen("B", "2026-01-01T11:00:00.000Z")],
      "2026-01-01T10:00:00+00:00",
    );
    expect(change?.notes[1]).toMatch(/oldest agent history/);
  });

  it("treats a block value with tabs as the tab-expanded value memory tools start from", () => {
    const changes = timeline(
      [tool("a", "2026-01-01T10:01:00+00:00", "a       b", "a       b\nc")],
      [seen("a\tb", "2026-01-01T10:00:00.000Z")],
    );
    expect(brief(changes)).toEqual([["a", "a\tb", "a       b\nc", "exact"]]);
  });
});
