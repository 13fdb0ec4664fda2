import { describe, expect, it } from "vitest";
import type { CaseResult, Dataset } from "@/lib/evals/types";
import { gateVerdict, resultFiles, resultsJsonl, resultsTable } from "./report";

const dataset: Dataset = {
  id: "ds",
  name: "capitals",
  description: "",
  gate: 0.5,
  cases: [
    { id: "france", input: ["Capital of France?"], expected: "Paris", tags: [] },
    { id: "japan", input: ["Capital of Japan?"], expected: "Tokyo", tags: [] },
  ],
  graders: [
    {
      id: "answer",
      name: "Answer",
      kind: "reply",
      match: "contains",
      weight: 1,
      threshold: 1,
      caseSensitive: false,
      target: { from: "last_assistant" },
    },
  ],
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

function result(caseId: string, agentId: string, patch: Partial<CaseResult> = {}): CaseResult {
  return {
    experimentId: "cli-1",
    caseId,
    agentId,
    copyAgentId: `${agentId}-copy-${caseId}`,
    copyKept: false,
    status: "passed",
    reply: "Paris",
    trace: { messages: [{ type: "assistant", text: "Paris" }], blocks: {}, blocksAfterSleeptime: null },
    grades: [{ graderId: "answer", score: 1, passed: true, reason: 'The last reply contains "Paris".' }],
    score: 1,
    usage: { prompt: 10, completion: 2, total: 12 },
    latencyMs: 1200,
    runIds: ["run-1"],
    error: null,
    startedAt: "2026-01-01T00:00:00.000Z",
    finishedAt: "2026-01-01T00:00:01.200Z",
    ...patch,
  };
}

const failed = (caseId: string, agentId: string) =>
  result(caseId, agentId, {
    status: "failed",
    score: 0,
    reply: "Kyoto",
    trace: { messages: [{ type: "assistant", text: "Kyoto" }], blocks: {}, blocksAfterSleeptime: null },
    grades: [
      { graderId: "answer", score: 0, passed: false, reason: 'The last reply, "Kyoto",\ndoes not contain "Tokyo".' },
    ],
  });

describe("resultsTable", () => {
  it("shows each case's result, score, latency and the first failing grade's reason on one line", () => {
    const table = resultsTable([result("france", "agent-a"), failed("japan", "agent-a")], { "agent-a": "Support" });
    expect(table.split("\n")).toEqual([
      "case    agent    result     score  ms      why",
      "france  Support  passed     1.00   1200",
      'japan   Support  failed     0.00   1200    answer: The last reply, "Kyoto", does not contain "Tokyo".',
    ]);
  });

  it("prefers an errored grade's reason, falls back to the case's error, and names a kept copy", () => {
    const errored = result("france", "agent-a", {
      status: "errored",
      score: 0,
      copyKept: true,
      error: "A grader could not grade: see its reason.",
      grades: [
        { graderId: "answer", score: 1, passed: true, reason: "ok" },
        { graderId: "judge", score: 0, passed: false, reason: "The judge failed: no such model", errored: true },
      ],
    });
    const timedOut = result("japan", "agent-a", {
      status: "errored",
      score: null,
      latencyMs: null,
      grades: [],
      error: "The turn timed out.",
    });
    const [, first, second] = resultsTable([errored, timedOut], {}).split("\n");
    expect(first).toContain("judge: The judge failed: no such model (copy kept: agent-a-copy-france)");
    expect(second).toMatch(/errored\s+-\s+-\s+The turn timed out\.$/);
  });
});

describe("gateVerdict", () => {
  it("meets the gate at exactly the pass rate, and is below it under", () => {
    const results = [result("france", "agent-a"), failed("japan", "agent-a")];
    const meets = gateVerdict(results, dataset, ["agent-a"], { "agent-a": "Support" }, 0.5);
    expect(meets.belowGate).toBe(false);
    expect(meets.lines[0]).toBe(
      "Support (agent-a): 1 passed, 1 failed, 0 errored of 2: 50.0% meets the gate of 50.0%; latency p50 1200 ms, p95 1200 ms; 24 tokens",
    );
    const below = gateVerdict(results, dataset, ["agent-a"], {}, 0.75);
    expect(below.belowGate).toBe(true);
    expect(below.lines[0]).toContain("agent-a: 1 passed, 1 failed, 0 errored of 2: 50.0% BELOW the gate of 75.0%");
  });

  it("is below the gate when any agent is, and counts errored cases against it", () => {
    const results = [
      result("france", "agent-a"),
      result("japan", "agent-a"),
      result("france", "agent-b"),
      result("japan", "agent-b", { status: "errored", score: null, error: "Letta timed out." }),
    ];
    const verdict = gateVerdict(results, dataset, ["agent-a", "agent-b"], {}, 1);
    expect(verdict.belowGate).toBe(true);
    expect(verdict.lines[0]).toContain("100.0% meets");
    expect(verdict.lines[1]).toContain("1 passed, 0 failed, 1 errored of 2: 50.0% BELOW");
  });
});

describe("resultFiles", () => {
  it("writes one agent's results to the file named, several agents' each to their own", () => {
    expect([...resultFiles("out/results.jsonl", ["agent-a"])]).toEqual([["agent-a", "out/results.jsonl"]]);
    expect([...resultFiles("out/results.jsonl", ["agent-a", "agent-b"])]).toEqual([
      ["agent-a", "out/results.agent-a.jsonl"],
      ["agent-b", "out/results.agent-b.jsonl"],
    ]);
    expect(resultFiles("results", ["agent-a", "agent-b"]).get("agent-b")).toBe("results.agent-b.jsonl");
  });
});

describe("resultsJsonl", () => {
  it("writes the agent's rows in letta-evals' result shape, in the dataset's case order", () => {
    const text = resultsJsonl(
      [failed("japan", "agent-a"), result("france", "agent-b"), result("france", "agent-a")],
      dataset,
      "agent-a",
    );
    const rows = text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.map((row) => [row.sample_id, row.agent_id])).toEqual([
      ["france", "agent-a-copy-france"],
      ["japan", "agent-a-copy-japan"],
    ]);
    expect(rows[1]).toMatchObject({
      submissions: { answer: "Kyoto" },
      grades: { answer: { score: 0, metadata: { passed: false } } },
      reward: { score: 0 },
      error: null,
    });
  });
});
