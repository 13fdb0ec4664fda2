import { describe, expect, it } from "vitest";
import {
  buildJudgeMessage,
  gradeModelJudge,
  JUDGE_SYSTEM_PROMPT,
  parseJudgeAnswer,
  type JudgePrompt,
} from "./model-judge";
import { evalCase, grader, say, trace } from "./test-helpers";

function recordingJudge(answer: string | Error) {
  const prompts: JudgePrompt[] = [];
  const judge = async (prompt: JudgePrompt) => {
    prompts.push(prompt);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { prompts, judge };
}

describe("model_judge grader", () => {
  it("sends the rubric, input, expected answer and response, and passes on a score at the threshold", async () => {
    const { prompts, judge } = recordingJudge('{"score": 0.8, "reason": "Names the capital."}');
    const spec = grader("model_judge", {
      rubric: "Score 1 if the response names the capital.",
      threshold: 0.8,
      model: "openai/gpt-4o-mini",
    });
    const grade = await gradeModelJudge(spec, evalCase({ expected: "Paris" }), trace([say("Paris.")]), judge);
    expect(grade).toEqual({
      graderId: "g-model_judge",
      score: 0.8,
      passed: true,
      reason: "Judge: 0.80. Names the capital.",
    });
    expect(prompts).toHaveLength(1);
    expect(prompts[0]?.system).toBe(JUDGE_SYSTEM_PROMPT);
    expect(prompts[0]?.model).toBe("openai/gpt-4o-mini");
    expect(prompts[0]?.message).toContain("<rubric>\nScore 1 if the response names the capital.\n</rubric>");
    expect(prompts[0]?.message).toContain("<input>\nWhat is the capital of France?\n</input>");
    expect(prompts[0]?.message).toContain("<expected>\nParis\n</expected>");
    expect(prompts[0]?.message).toContain("<response>\nParis.\n</response>");
  });

  it("fails below the threshold and leaves the model to the judge's default when none is set", async () => {
    const { prompts, judge } = recordingJudge('{"score": 0.3, "reason": "Vague."}');
    const grade = await gradeModelJudge(grader("model_judge", { rubric: "r" }), evalCase(), trace([say("Hm.")]), judge);
    expect(grade).toMatchObject({ score: 0.3, passed: false, reason: "Judge: 0.30. Vague." });
    expect(prompts[0]).not.toHaveProperty("model");
  });

  it("fills letta-evals' placeholders in the rubric", () => {
    const message = buildJudgeMessage(
      "Q: {input} / A: {submission} / expected {ground_truth} / {other}",
      evalCase({ input: ["a", "b"], expected: "c" }),
      "d",
    );
    expect(message).toContain("Q: Turn 1: a\nTurn 2: b / A: d / expected c / {other}");
  });

  it("accepts a ```json fence but errors on any other malformed answer, with the answer in the reason", async () => {
    expect(parseJudgeAnswer('```json\n{"score": 1, "reason": "ok"}\n```')).toEqual({
      ok: true,
      score: 1,
      reason: "ok",
    });
    for (const [answer, reason] of [
      ["Looks good to me!", 'The judge did not answer JSON: "Looks good to me!".'],
      ['{"score": 1.5, "reason": "x"}', "The judge's score is not a number from 0 to 1"],
      ['{"score": "1", "reason": "x"}', "The judge's score is not a number from 0 to 1"],
      ['{"score": 1}', "The judge gave no reason"],
      ["[1]", "The judge's answer is not a JSON object"],
      ["", 'The judge did not answer JSON: "(nothing)".'],
    ] as const) {
      const grade = await gradeModelJudge(
        grader("model_judge", { rubric: "r" }),
        evalCase(),
        trace([say("x")]),
        recordingJudge(answer).judge,
      );
      expect(grade).toMatchObject({ errored: true, passed: false, score: 0 });
      expect(grade.reason).toContain(reason);
    }
  });

  it("errors with the failure when the judge throws", async () => {
    const grade = await gradeModelJudge(
      grader("model_judge", { rubric: "r" }),
      evalCase(),
      trace([say("x")]),
      recordingJudge(new Error("Letta is down")).judge,
    );
    expect(grade).toMatchObject({ errored: true, reason: "The judge failed: Letta is down" });
  });

  it("fails without asking the judge when there is no reply or an empty one", async () => {
    const { prompts, judge } = recordingJudge('{"score": 1, "reason": "x"}');
    const none = await gradeModelJudge(grader("model_judge", { rubric: "r" }), evalCase(), trace([]), judge);
    expect(none).toMatchObject({ passed: false, reason: "The agent sent no reply. Nothing to judge." });
    const empty = await gradeModelJudge(grader("model_judge", { rubric: "r" }), evalCase(), trace([say("  ")]), judge);
    expect(empty).toMatchObject({ passed: false, reason: "The response is empty. Nothing to judge." });
    expect(prompts).toHaveLength(0);
  });

  it("errors when no judge is available", async () => {
    const grade = await gradeModelJudge(grader("model_judge", { rubric: "r" }), evalCase(), trace([say("x")]), null);
    expect(grade).toMatchObject({ errored: true, reason: "No judge is available to grade this rubric." });
  });

  it("sends markup in the response as text", async () => {
    const { prompts, judge } = recordingJudge('{"score": 0, "reason": "<b>bold</b> claim"}');
    const grade = await gradeModelJudge(
      grader("model_judge", { rubric: "r" }),
      evalCase(),
      trace([say("<script>alert(1)</script>")]),
      judge,
    );
    expect(prompts[0]?.message).toContain("<response>\n<script>alert(1)</script>\n</response>");
    expect(grade.reason).toBe("Judge: 0.00. <b>bold</b> claim");
  });
});
