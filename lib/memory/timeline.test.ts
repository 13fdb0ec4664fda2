import { describe, expect, it } from "vitest";
import { memoryChangesFrom } from "./timeline";

const author = { agentId: "agent-1", agentName: "helper", kind: "agent" as const };

describe("memoryChangesFrom", () => {
  it("turns memory tool calls into block changes with their outcome", () => {
    const changes = memoryChangesFrom(
      [
        { toolCallId: "c1", date: "2026-01-01T00:00:00Z", name: "memory_insert", arguments: '{"label":"human","new_string":"likes tea"}' },
        { toolCallId: "c2", date: "2026-01-01T00:01:00Z", name: "memory_replace", arguments: '{"label":"persona","old_string":"a","new_string":"b"}' },
      ],
      new Map([
        ["c1", "success"],
        ["c2", "error"],
      ]),
      author,
    );
    expect(changes).toEqual([
      { id: "agent-1:c1", at: "2026-01-01T00:00:00Z", label: "human", tool: "memory_insert", summary: 'inserted "likes tea"', outcome: "applied", author },
      { id: "agent-1:c2", at: "2026-01-01T00:01:00Z", label: "persona", tool: "memory_replace", summary: 'replaced "a" with "b"', outcome: "failed", author },
    ]);
  });

  it("leaves out other tools, unparseable arguments and calls without a label; a missing return is unknown", () => {
    const changes = memoryChangesFrom(
      [
        { toolCallId: "c1", date: "d", name: "send_message", arguments: '{"label":"human"}' },
        { toolCallId: "c2", date: "d", name: "memory_insert", arguments: "{not json" },
        { toolCallId: "c3", date: "d", name: "memory_insert", arguments: '{"new_string":"x"}' },
        { toolCallId: "c4", date: "d", name: "memory_rethink", arguments: '{"label":"human","new_memory":"all new"}' },
      ],
      new Map(),
      author,
    );
    expect(changes.map((change) => [change.id, change.outcome, change.summary])).toEqual([["agent-1:c4", "unknown", 'rewrote the block as "all new"']]);
  });
});
