import { describe, expect, it } from "vitest";
import { gradeReply } from "./reply";
import { evalCase, grader, say, trace } from "./test-helpers";

describe("reply grader", () => {
  it("passes when the last reply contains the case's expected answer, ignoring case by default", () => {
    const grade = gradeReply(
      grader("reply", { match: "contains" }),
      evalCase({ expected: "paris" }),
      trace([say("It is Paris.")]),
    );
    expect(grade).toEqual({
      graderId: "g-reply",
      score: 1,
      passed: true,
      reason: 'The last reply contains "paris" (ignoring case).',
    });
  });

  it("fails with the reply quoted when it does not contain the value", () => {
    const grade = gradeReply(
      grader("reply", { match: "contains", value: "Paris" }),
      evalCase(),
      trace([say("Paris?"), say("Lyon.")]),
    );
    expect(grade.passed).toBe(false);
    expect(grade.score).toBe(0);
    expect(grade.reason).toBe('The last reply, "Lyon.", does not contain "Paris" (ignoring case).');
  });

  it("honours case sensitivity", () => {
    const spec = grader("reply", { match: "contains", value: "Paris", caseSensitive: true });
    expect(gradeReply(spec, evalCase(), trace([say("paris")])).passed).toBe(false);
    expect(gradeReply(spec, evalCase(), trace([say("Paris")])).passed).toBe(true);
  });

  it("compares exact matches after trimming, the grader's value winning over the case's", () => {
    const spec = grader("reply", { match: "exact", value: "4" });
    expect(gradeReply(spec, evalCase({ expected: "5" }), trace([say("  4\n")])).passed).toBe(true);
    expect(gradeReply(spec, evalCase(), trace([say("4.")])).passed).toBe(false);
  });

  it("matches a regular expression anywhere in the text", () => {
    const spec = grader("reply", { match: "regex", value: "^the answer is \\d+$" });
    expect(gradeReply(spec, evalCase(), trace([say("The answer is 42")])).passed).toBe(true);
    expect(gradeReply(spec, evalCase(), trace([say("The answer is forty-two")])).reason).toContain(
      "does not match /^the answer is \\d+$/i",
    );
  });

  it("reads every assistant message of the case for all_assistant", () => {
    const spec = grader("reply", { match: "contains", value: "first", target: { from: "all_assistant" } });
    const grade = gradeReply(
      spec,
      evalCase(),
      trace([say("first part"), { type: "reasoning", text: "hmm" }, say("second part")]),
    );
    expect(grade.passed).toBe(true);
    expect(grade.reason).toBe('The text of all 2 replies contains "first" (ignoring case).');
  });

  it("reads the text after the last marker for after_marker", () => {
    const spec = grader("reply", { match: "exact", value: "42", target: { from: "after_marker", marker: "ANSWER:" } });
    expect(gradeReply(spec, evalCase(), trace([say("ANSWER: 1. Thinking… ANSWER: 42 ")])).passed).toBe(true);
    const missing = gradeReply(spec, evalCase(), trace([say("42")]));
    expect(missing).toMatchObject({ passed: false, score: 0, reason: 'The last reply has no marker "ANSWER:".' });
  });

  it("fails, not errors, when the agent sent no reply", () => {
    const grade = gradeReply(
      grader("reply", { match: "contains", value: "x" }),
      evalCase(),
      trace([{ type: "tool_call", toolCallId: "c1", name: "t", arguments: {} }]),
    );
    expect(grade).toMatchObject({ passed: false, score: 0, reason: "The agent sent no reply." });
    expect(grade.errored).toBeUndefined();
  });

  it("treats an empty reply as text: an exact match on the empty string passes, contains fails", () => {
    expect(gradeReply(grader("reply", { match: "exact", value: "" }), evalCase(), trace([say("")])).passed).toBe(true);
    const grade = gradeReply(grader("reply", { match: "contains", value: "x" }), evalCase(), trace([say("")]));
    expect(grade.reason).toBe('The last reply, "", does not contain "x" (ignoring case).');
  });

  it("keeps markup as text: tags are matched literally and quoted, never interpreted", () => {
    const payload = '<img src=x onerror="alert(1)"><b>Paris</b>';
    const contains = gradeReply(
      grader("reply", { match: "contains", value: "<b>Paris</b>" }),
      evalCase(),
      trace([say(payload)]),
    );
    expect(contains.passed).toBe(true);
    const stripped = gradeReply(grader("reply", { match: "exact", value: "Paris" }), evalCase(), trace([say(payload)]));
    expect(stripped.passed).toBe(false);
    expect(stripped.reason).toContain(JSON.stringify(payload));
  });

  it("errors with the engine's message when the pattern does not compile", () => {
    const grade = gradeReply(grader("reply", { match: "regex", value: "(unclosed" }), evalCase(), trace([say("x")]));
    expect(grade).toMatchObject({ passed: false, score: 0, errored: true });
    expect(grade.reason).toMatch(/^The pattern \/\(unclosed\/ does not compile: .*(Unterminated group|unclosed)/i);
  });

  it("errors when there is nothing to compare with", () => {
    const grade = gradeReply(grader("reply", { match: "contains" }), evalCase(), trace([say("x")]));
    expect(grade).toMatchObject({ errored: true, passed: false });
    expect(grade.reason).toContain("no expected answer");
  });

  it("passes a score below 1 only when the threshold allows it", () => {
    const lenient = grader("reply", { match: "contains", value: "x", threshold: 0 });
    expect(gradeReply(lenient, evalCase(), trace([say("y")]))).toMatchObject({ score: 0, passed: true });
  });
});
