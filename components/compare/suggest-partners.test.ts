import { describe, expect, it } from "vitest";
import { suggestPartners } from "./suggest-partners";

describe("suggestPartners", () => {
  const a = { id: "agent-1", name: "support" };
  it("offers A's clones first, then the newest agents, never A and each once", () => {
    const byName = [
      { id: "agent-1", name: "support" },
      { id: "agent-2", name: "support-copy" },
      { id: "agent-3", name: "old-support" },
    ];
    const newest = [
      { id: "agent-4", name: "research" },
      { id: "agent-2", name: "support-copy" },
      { id: "agent-1", name: "support" },
    ];
    expect(suggestPartners(a, byName, newest)).toEqual([
      { id: "agent-2", name: "support-copy" },
      { id: "agent-4", name: "research" },
    ]);
  });
  it("without A, the newest agents", () => {
    expect(suggestPartners(null, [], [{ id: "agent-4", name: "research" }])).toEqual([
      { id: "agent-4", name: "research" },
    ]);
  });
});
