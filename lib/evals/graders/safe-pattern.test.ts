import { describe, expect, it } from "vitest";
import { validateGrader } from "./index";
import { gradeReply } from "./reply";
import { compileSafePattern, describePatternProblem, isPatternProblem, type SafePattern } from "./safe-pattern";
import { evalCase, grader, say, trace } from "./test-helpers";

function compiled(source: string, caseSensitive = true): SafePattern {
  const pattern = compileSafePattern(source, caseSensitive);
  if (isPatternProblem(pattern)) throw new Error(pattern.error);
  return pattern;
}

describe("compileSafePattern", () => {
  it("matches anywhere in the text, like RegExp.test, with or without case", () => {
    expect(compiled("h[a-z]+o").test("say hello!")).toBe(true);
    expect(compiled("^hello$").test("say hello")).toBe(false);
    expect(compiled("HELLO").test("hello")).toBe(false);
    expect(compiled("HELLO", false).test("hello")).toBe(true);
    expect(compiled("(?i)HELLO").test("hello")).toBe(true);
  });

  it("keeps the common syntax of JavaScript and Python patterns", () => {
    expect(compiled("\\d{3}-\\d{4}").test("call 555-1234")).toBe(true);
    expect(compiled("\\bcat\\b").test("concatenate")).toBe(false);
    expect(compiled("(?P<word>\\w+) (?<other>\\w+)").test("two words")).toBe(true);
    expect(compiled("\\p{Greek}+").test("αβγ")).toBe(true);
    expect(compiled("[[:digit:]]+").test("42")).toBe(true);
    expect(compiled("\\u00e9t\\u00E9").test("été")).toBe(true);
    expect(compiled("\\\\u0041").test("\\u0041")).toBe(true);
  });

  it("runs a catastrophic pattern on a long text in linear time", () => {
    const started = performance.now();
    expect(compiled("(a+)+$").test(`${"a".repeat(100_000)}!`)).toBe(false);
    expect(compiled("(x+x+)+y").test("x".repeat(50_000))).toBe(false);
    expect(compiled("^(\\w+\\s?)*$").test(`${"word ".repeat(20_000)}!`)).toBe(false);
    // A backtracking engine takes longer than the age of the universe here; RE2 takes milliseconds.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("refuses what RE2 lacks (lookarounds, backreferences, possessive quantifiers) as unsupported, not broken", () => {
    for (const source of ["a(?=b)", "a(?!b)", "(?<=a)b", "(?<!a)b", "(a)\\1"]) {
      const problem = compileSafePattern(source, true);
      expect(isPatternProblem(problem) && problem.unsupported, source).toBe(true);
      if (isPatternProblem(problem))
        expect(describePatternProblem(problem)).toMatch(/^is not supported by the ADE's linear-time engine \(RE2, /);
    }
  });

  it("refuses a pattern that does not compile with the engine's reason", () => {
    const problem = compileSafePattern("([a-z", true);
    expect(problem).toEqual({ unsupported: false, error: "missing closing ]: `[a-z`" });
    if (isPatternProblem(problem))
      expect(describePatternProblem(problem)).toBe("does not compile: missing closing ]: `[a-z`");
  });
});

describe("patterns in graders", () => {
  it("a grader with an unsupported pattern is refused when saved, naming the field", () => {
    const result = validateGrader({ id: "g", name: "G", kind: "reply", match: "regex", value: "Paris(?= France)" });
    expect(result).toMatchObject({
      ok: false,
      issues: [
        { path: "value", message: expect.stringMatching(/^This regular expression is not supported .*`\(\?=`/) },
      ],
    });
    const args = validateGrader({ id: "t", name: "T", kind: "tool_called", tool: "x", arguments: { a: "(\\w)\\1" } });
    expect(args).toMatchObject({ ok: false, issues: [{ path: "arguments.a" }] });
  });

  it("a saved catastrophic pattern grades a long reply without hanging", () => {
    const started = performance.now();
    const grade = gradeReply(
      grader("reply", { match: "regex", value: "(a+)+$" }),
      evalCase(),
      trace([say(`${"a".repeat(50_000)}!`)]),
    );
    expect(grade).toMatchObject({ passed: false, score: 0 });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
