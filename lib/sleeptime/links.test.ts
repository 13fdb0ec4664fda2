import { describe, expect, it } from "vitest";
import { sleeptimeLinksFrom } from "./links";

const trigger = (mainRunId: string, userMessageId: string | null) => ({
  mainRunId,
  at: "2026-11-29T08:00:00.000Z",
  userMessageId,
  userText: null,
  match: "time" as const,
});

describe("sleeptimeLinksFrom", () => {
  it("links each turn's run and user message to the sleep-time run it started", () => {
    const links = sleeptimeLinksFrom([
      { id: "st-2", trigger: trigger("main-2", "message-2") },
      { id: "st-1", trigger: trigger("main-1", null) },
      { id: "st-0", trigger: null },
    ]);
    expect([...links.entries()].sort()).toEqual([
      ["message:message-2", "st-2"],
      ["run:main-1", "st-1"],
      ["run:main-2", "st-2"],
    ]);
  });

  it("keeps the first run a turn started when two claim it", () => {
    const links = sleeptimeLinksFrom([
      { id: "later", trigger: trigger("main", "m") },
      { id: "first", trigger: trigger("main", "m") },
    ]);
    expect(links.get("run:main")).toBe("first");
    expect(links.get("message:m")).toBe("first");
  });
});
