import { describe, expect, it } from "vitest";
import { buildRows } from "./rows";
import { emptyTurn } from "./transcript";

describe("buildRows", () => {
  it("puts older pages first, drops a message repeated across pages and ends each turn with a footer", () => {
    const newest = { items: [{ kind: "assistant" as const, key: "assistant:2", text: "b" }] };
    const older = {
      items: [
        { kind: "user" as const, key: "user:1", text: "a" },
        { kind: "assistant" as const, key: "assistant:2", text: "b" },
      ],
    };
    const rows = buildRows([newest, older], [
      { id: 0, outgoing: { kind: "message", text: "c", role: "user" }, status: "stopped", turn: { ...emptyTurn, items: [{ kind: "assistant", key: "assistant:3", text: "d" }] } },
    ]);
    expect(rows.map((row) => row.key)).toEqual(["start", "h:user:1", "h:assistant:2", "t0:sent", "t0:assistant:3", "t0:footer"]);
    expect(rows.at(-1)).toMatchObject({ kind: "footer", status: "stopped" });
  });
});
