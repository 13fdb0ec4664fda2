import { describe, expect, it } from "vitest";
import { buildRows, type LiveTurn } from "./rows";
import { emptyTurn } from "./transcript";

const turn = (id: number, at: number, runIds: string[], itemKey: string): LiveTurn => ({
  id,
  at,
  outgoing: { kind: "message", text: "c", role: "user" },
  status: "done",
  turn: { ...emptyTurn, runIds, items: [{ kind: "assistant", key: itemKey, text: "d" }] },
});

describe("buildRows", () => {
  it("puts older pages first, drops a message repeated across pages and ends each turn with a footer", () => {
    const newest = { items: [{ kind: "assistant" as const, key: "assistant:2", text: "b" }] };
    const older = {
      items: [
        { kind: "user" as const, key: "user:1", text: "a" },
        { kind: "assistant" as const, key: "assistant:2", text: "b" },
      ],
    };
    const rows = buildRows([newest, older], [{ ...turn(0, 1, [], "assistant:3"), status: "stopped" }]);
    expect(rows.map((row) => row.key)).toEqual([
      "start",
      "h:user:1",
      "h:assistant:2",
      "t0:sent",
      "t0:assistant:3",
      "t0:footer",
    ]);
    expect(rows.at(-1)).toMatchObject({ kind: "footer", status: "stopped" });
  });

  it("places messages from elsewhere among the page's own turns by time, and skips the runs it streamed", () => {
    const rows = buildRows(
      [{ items: [{ kind: "user", key: "user:1", text: "a" }] }],
      [turn(0, 10, ["run-own"], "assistant:own")],
      [
        { at: 5, runId: "run-sdk-1", items: [{ kind: "user", key: "user:sdk1", text: "x" }] },
        {
          at: 20,
          runId: "run-own",
          items: [
            { kind: "user", key: "user:own", text: "c" },
            { kind: "assistant", key: "assistant:own", text: "d" },
          ],
        },
        { at: 30, runId: "run-sdk-2", items: [{ kind: "assistant", key: "assistant:sdk2", text: "y" }] },
        { at: 40, runId: null, items: [{ kind: "user", key: "user:1", text: "a" }] },
      ],
    );
    expect(rows.map((row) => row.key)).toEqual([
      "start",
      "h:user:1",
      "outside:run-sdk-1",
      "h:user:sdk1",
      "run:run-sdk-1",
      "t0:sent",
      "t0:assistant:own",
      "t0:footer",
      "outside:run-sdk-2",
      "h:assistant:sdk2",
      "run:run-sdk-2",
    ]);
  });
});

describe("buildRows: runs of history", () => {
  it("ends each run loaded from history with a run row, once", () => {
    const page = {
      items: [
        { kind: "user" as const, key: "user:1", text: "a", runId: "run-1" },
        { kind: "assistant" as const, key: "assistant:2", text: "b", runId: "run-1" },
        { kind: "user" as const, key: "user:3", text: "c", runId: "run-2" },
        { kind: "event" as const, key: "event:4", text: "no run" },
      ],
    };
    const rows = buildRows(
      [page],
      [],
      [{ at: 5, runId: "run-3", items: [{ kind: "assistant", key: "assistant:5", text: "e" }] }],
    );
    expect(rows.map((row) => row.key)).toEqual([
      "start",
      "h:user:1",
      "h:assistant:2",
      "run:run-1",
      "h:user:3",
      "run:run-2",
      "h:event:4",
      "outside:run-3",
      "h:assistant:5",
      "run:run-3",
    ]);
  });
});

describe("buildRows: turns sent from outside the ADE", () => {
  it("marks a run while it runs (before it has messages), and not once its messages are in the history", () => {
    const running = buildRows([], [], [{ at: 1, runId: "run-9", items: [], running: true }]);
    expect(running.at(-1)).toMatchObject({
      kind: "item",
      item: { kind: "event", text: "Sent from outside the ADE: running…" },
    });
    const loaded = [{ items: [{ kind: "user" as const, key: "user:1", text: "a", runId: "run-9" }] }];
    const ended = buildRows(
      loaded,
      [],
      [{ at: 1, runId: "run-9", items: [{ kind: "user", key: "user:1", text: "a" }] }],
    );
    expect(ended.map((row) => row.key)).toEqual(["start", "h:user:1", "run:run-9"]);
  });
});
