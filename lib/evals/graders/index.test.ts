import { describe, expect, it } from "vitest";
import { gradeCase, validateGrader } from "./index";
import { evalCase, grader, say, trace } from "./test-helpers";

describe("gradeCase", () => {
  const run = trace(
    [
      say("Paris is the capital."),
      { type: "tool_call", toolCallId: "c", name: "memory_insert", arguments: { label: "human" } },
    ],
    {
      human: "Asked about France.",
    },
  );

  it("scores the weighted mean and passes only when every grader passed", async () => {
    const graders = [
      grader("reply", { id: "reply", match: "contains", value: "Paris", weight: 3 }),
      grader("memory", { id: "memory", label: "human", match: "contains", value: "Germany", weight: 1 }),
    ];
    const result = await gradeCase(graders, evalCase(), run, null);
    expect(result.grades.map((grade) => [grade.graderId, grade.passed])).toEqual([
      ["reply", true],
      ["memory", false],
    ]);
    expect(result.score).toBe(0.75);
    expect(result.passed).toBe(false);
    expect(result.errored).toBe(false);
  });

  it("passes when all pass, uses the judge for model_judge graders and flags errored grades", async () => {
    const judge = async () => '{"score": 0.9, "reason": "Correct."}';
    const ok = await gradeCase(
      [grader("tool_called", { tool: "memory_insert" }), grader("model_judge", { rubric: "Correct?", threshold: 0.5 })],
      evalCase(),
      run,
      judge,
    );
    expect(ok).toMatchObject({ passed: true, errored: false });
    expect(ok.score).toBeCloseTo(0.95);
    const broken = await gradeCase([grader("reply", { match: "regex", value: "(" })], evalCase(), run, null);
    expect(broken).toMatchObject({ passed: false, errored: true, score: 0 });
  });

  it("has no score and passes without graders", async () => {
    expect(await gradeCase([], evalCase(), run, null)).toEqual({
      grades: [],
      score: null,
      passed: true,
      errored: false,
    });
  });
});

describe("validateGrader", () => {
  it("accepts a valid grader and fills the defaults", () => {
    const result = validateGrader({
      id: "g",
      name: "Mentions Paris",
      kind: "reply",
      match: "regex",
      value: "Par(is|ee)",
    });
    expect(result).toMatchObject({
      ok: true,
      grader: { weight: 1, threshold: 1, caseSensitive: false, target: { from: "last_assistant" } },
    });
  });

  it("refuses a regular expression that does not compile, with the engine's message and the field", () => {
    const result = validateGrader({ id: "g", name: "n", kind: "memory", label: "human", match: "regex", value: "(a" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.path).toBe("value");
    expect(result.issues[0]?.message).toMatch(/^This regular expression does not compile: missing closing \)/);
  });

  it("checks every argument pattern of tool_called, and only regex matches", () => {
    const result = validateGrader({
      id: "g",
      name: "n",
      kind: "tool_called",
      tool: "t",
      arguments: { a: "ok", b: "[" },
    });
    expect(result).toMatchObject({ ok: false, issues: [{ path: "arguments.b" }] });
    expect(validateGrader({ id: "g", name: "n", kind: "tool_output", match: "contains", value: "(" }).ok).toBe(true);
  });

  it("refuses fields the schema refuses", () => {
    const result = validateGrader({ id: "bad id", name: "", kind: "reply", match: "fuzzy" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(["id", "name", "match"]));
  });
});
