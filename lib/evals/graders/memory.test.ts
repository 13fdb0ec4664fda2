import { describe, expect, it } from "vitest";
import { gradeMemory } from "./memory";
import { evalCase, grader, say, trace } from "./test-helpers";

const replies = [say("Noted.")];

describe("memory grader", () => {
  it("reads the block once the case ended, against the case's expected answer", () => {
    const grade = gradeMemory(
      grader("memory", { label: "human", match: "contains" }),
      evalCase({ expected: "apples" }),
      trace(replies, { human: "Likes apples." }),
    );
    expect(grade).toEqual({
      graderId: "g-memory",
      score: 1,
      passed: true,
      reason: 'Block "human" contains "apples" (ignoring case).',
    });
  });

  it("fails with the block's value quoted", () => {
    const grade = gradeMemory(
      grader("memory", { label: "human", match: "contains", value: "apples" }),
      evalCase(),
      trace(replies, { human: "Likes bananas." }),
    );
    expect(grade).toMatchObject({
      passed: false,
      reason: 'Block "human", "Likes bananas.", does not contain "apples" (ignoring case).',
    });
  });

  it("fails when the block does not exist", () => {
    const grade = gradeMemory(
      grader("memory", { label: "fruit", match: "contains", value: "x" }),
      evalCase(),
      trace(replies, { human: "" }),
    );
    expect(grade).toMatchObject({ passed: false, reason: 'The agent has no block "fruit".' });
  });

  it("reads the block after the sleep-time run when asked", () => {
    const spec = grader("memory", {
      label: "human",
      match: "regex",
      value: "^Sleep-time note: .*apples",
      afterSleeptime: true,
    });
    const grade = gradeMemory(
      spec,
      evalCase(),
      trace(replies, { human: "" }, { human: "Sleep-time note: I like apples" }),
    );
    expect(grade).toMatchObject({
      passed: true,
      reason: 'Block "human" after the sleep-time run matches /^Sleep-time note: .*apples/i.',
    });
  });

  it("fails with the reason when there was no sleep-time run", () => {
    const spec = grader("memory", { label: "human", match: "contains", value: "x", afterSleeptime: true });
    const grade = gradeMemory(spec, evalCase(), trace(replies, { human: "x" }, null));
    expect(grade).toMatchObject({ passed: false, score: 0 });
    expect(grade.errored).toBeUndefined();
    expect(grade.reason).toContain("No sleep-time run ended after the case");
  });

  it("compares an empty block exactly, and keeps markup as text", () => {
    expect(
      gradeMemory(
        grader("memory", { label: "human", match: "exact", value: "" }),
        evalCase(),
        trace(replies, { human: "  " }),
      ).passed,
    ).toBe(true);
    const markup = gradeMemory(
      grader("memory", { label: "human", match: "contains", value: "<script>" }),
      evalCase(),
      trace(replies, { human: "<script>x</script>" }),
    );
    expect(markup.passed).toBe(true);
  });

  it("errors on a pattern that does not compile, and without a value", () => {
    expect(
      gradeMemory(
        grader("memory", { label: "human", match: "regex", value: "*" }),
        evalCase(),
        trace(replies, { human: "" }),
      ),
    ).toMatchObject({ errored: true });
    expect(
      gradeMemory(grader("memory", { label: "human", match: "contains" }), evalCase(), trace(replies, { human: "" })),
    ).toMatchObject({ errored: true });
  });
});
