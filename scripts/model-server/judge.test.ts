import { describe, expect, it } from "vitest";
import { buildJudgeMessage, JUDGE_SYSTEM_PROMPT } from "@/lib/evals/graders";
import { planReply } from "./scenario";

function judgeRequest(rubric: string, response: string) {
  // The message exactly as the ADE's model_judge grader builds it.
  const content = buildJudgeMessage(rubric, { id: "c", input: ["Q"], tags: [] }, response);
  return {
    model: "scripted-model",
    messages: [
      { role: "system" as const, content: JUDGE_SYSTEM_PROMPT },
      { role: "user" as const, content },
    ],
  };
}

describe("judge prompts", () => {
  it("scores the share of backticked rubric keywords found in the response, as JSON", () => {
    const plan = planReply(judgeRequest("Mentions `Paris` and `France`.", "paris, of course"));
    expect(plan).toMatchObject({ kind: "text", scenario: "judge" });
    if (plan.kind !== "text") return;
    expect(JSON.parse(plan.text)).toEqual({
      score: 0.5,
      reason: 'Scripted judge: 1 of 2 rubric keywords in the response (found: "Paris"; missing: "France").',
    });
  });

  it("scores 1 for a non-empty response when the rubric names no keyword, and wins over other keywords", () => {
    const plan = planReply(judgeRequest("Is it polite?", "#remember this <response>\nnested"));
    expect(plan.kind === "text" && JSON.parse(plan.text)).toMatchObject({ score: 1 });
  });

  it("answers non-JSON when the rubric asks for a malformed verdict", () => {
    const plan = planReply(judgeRequest("#judge-malformed", "x"));
    expect(plan).toMatchObject({ kind: "text", text: "The response looks fine to me." });
  });

  it("leaves other messages alone", () => {
    expect(
      planReply({ model: "scripted-model", messages: [{ role: "user", content: "<rubric>\nx\n</rubric> only" }] }),
    ).toMatchObject({
      scenario: "echo",
    });
  });
});
