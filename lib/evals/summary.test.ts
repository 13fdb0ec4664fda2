import { describe, expect, it } from "vitest";
import { caseScore, percentile, summarize } from "./summary";
import type { CaseResult, GraderSpec } from "./types";

const graders: GraderSpec[] = [
  { id: "a", name: "A", kind: "tool_called", tool: "t", arguments: {}, weight: 3, threshold: 1 },
  { id: "b", name: "B", kind: "tool_called", tool: "t", arguments: {}, weight: 1, threshold: 1 },
];

function result(status: CaseResult["status"], latencyMs: number | null, scores: [number, number] = [1, 1]): CaseResult {
  return {
    experimentId: "e",
    caseId: `c-${Math.random()}`,
    agentId: "agent-1",
    copyAgentId: null,
    copyKept: false,
    status,
    reply: null,
    trace: null,
    grades:
      status === "errored" || status === "pending"
        ? []
        : graders.map((grader, index) => ({
            graderId: grader.id,
            score: scores[index] ?? 0,
            passed: true,
            reason: "",
          })),
    score: null,
    usage: { prompt: 10, completion: 5, total: 15 },
    latencyMs,
    runIds: [],
    error: null,
    startedAt: null,
    finishedAt: null,
  };
}

describe("summaries", () => {
  it("weights the case score by the graders' weights", () => {
    expect(
      caseScore(
        [
          { graderId: "a", score: 1, passed: true, reason: "" },
          { graderId: "b", score: 0, passed: false, reason: "" },
        ],
        graders,
      ),
    ).toBe(0.75);
    expect(caseScore([], graders)).toBeNull();
  });

  it("takes nearest-rank percentiles", () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100], 95)).toBe(19);
    expect(percentile([], 50)).toBeNull();
  });

  it("counts pass rate over finished cases, sums tokens, prices when known", () => {
    const results = [
      result("passed", 100),
      result("failed", 200, [0, 1]),
      result("errored", null),
      result("pending", null),
    ];
    const summary = summarize("agent-1", results, graders, { promptPerMillion: 1_000_000, completionPerMillion: 0 });
    expect(summary).toMatchObject({ cases: 4, passed: 1, failed: 1, errored: 1, latencyP50Ms: 100, latencyP95Ms: 200 });
    expect(summary.passRate).toBeCloseTo(1 / 3);
    expect(summary.meanScoreByGrader).toEqual({ a: 0.5, b: 1 });
    expect(summary.usage.total).toBe(60);
    expect(summary.costUsd).toBe(40);
    expect(summarize("agent-1", results, graders).costUsd).toBeNull();
  });
});
