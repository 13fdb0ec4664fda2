import { describe, expect, it } from "vitest";
import { compareExperiments } from "./compare";
import { pendingResult } from "./pending-result";
import type { CaseResult, Experiment } from "./types";

function experiment(id: string, agentId: string): Experiment {
  return {
    id,
    datasetId: "ds",
    dataset: {
      id: "ds",
      name: "d",
      description: "",
      gate: 1,
      cases: ["c1", "c2", "c3"].map((caseId) => ({ id: caseId, input: ["x"], tags: [] })),
      graders: [],
      createdAt: "",
      updatedAt: "",
    },
    agentIds: [agentId],
    concurrency: 1,
    keepCopies: false,
    status: "done",
    createdAt: "",
    finishedAt: null,
  };
}

const result = (agentId: string, caseId: string, status: CaseResult["status"], score: number): CaseResult => ({
  ...pendingResult("", caseId, agentId),
  status,
  score,
});

describe("compareExperiments", () => {
  it("puts regressions first and names them", () => {
    const a = {
      experiment: experiment("a", "agent-a"),
      results: [
        result("agent-a", "c1", "passed", 1),
        result("agent-a", "c2", "passed", 1),
        result("agent-a", "c3", "failed", 0.5),
      ],
    };
    const b = {
      experiment: experiment("b", "agent-b"),
      results: [
        result("agent-b", "c1", "passed", 1),
        result("agent-b", "c2", "failed", 0.5),
        result("agent-b", "c3", "failed", 0.25),
      ],
    };
    const comparison = compareExperiments(a, b);
    expect(comparison.headline).toBe("2 cases got worse: c2, c3.");
    expect(comparison.changes.map((change) => [change.caseId, change.kind])).toEqual([
      ["c2", "worse"],
      ["c3", "worse"],
      ["c1", "same"],
    ]);
  });

  it("says when nothing got worse", () => {
    const a = { experiment: experiment("a", "x"), results: [result("x", "c1", "failed", 0)] };
    const b = { experiment: experiment("b", "x"), results: [result("x", "c1", "passed", 1)] };
    expect(compareExperiments(a, b).headline).toBe("No case got worse; 1 got better.");
  });
});
