import { describe, expect, it } from "vitest";
import type { TraceMessage } from "@/lib/evals/types";
import { evalCase, grader, say, trace } from "./test-helpers";
import { gradeToolCalled, gradeToolOutput } from "./tools";

const call = (name: string, args: Record<string, unknown> | string, id = "c1"): TraceMessage => ({
  type: "tool_call",
  toolCallId: id,
  name,
  arguments: args,
});
const output = (name: string | null, text: string, status: "success" | "error" = "success"): TraceMessage => ({
  type: "tool_return",
  toolCallId: "c1",
  name,
  status,
  output: text,
});

describe("tool_called grader", () => {
  it("passes when the tool was called, with no argument patterns", () => {
    const grade = gradeToolCalled(
      grader("tool_called", { tool: "memory_insert" }),
      trace([call("memory_insert", {}), say("ok")]),
    );
    expect(grade).toMatchObject({ score: 1, passed: true, reason: '"memory_insert" was called once.' });
  });

  it("fails naming the tools that were called instead", () => {
    const grade = gradeToolCalled(
      grader("tool_called", { tool: "web_search" }),
      trace([call("memory_insert", {}), call("conversation_search", {})]),
    );
    expect(grade.passed).toBe(false);
    expect(grade.reason).toBe('"web_search" was not called (called: "memory_insert", "conversation_search").');
    expect(gradeToolCalled(grader("tool_called", { tool: "x" }), trace([say("hi")])).reason).toBe(
      '"x" was not called (no tool was called).',
    );
  });

  it("matches each named argument's JSON value against its pattern, on any one call", () => {
    const spec = grader("tool_called", {
      tool: "memory_insert",
      arguments: { label: '^"human"$', new_string: "bananas" },
    });
    const calls = [
      call("memory_insert", { label: "persona", new_string: "bananas" }),
      call("memory_insert", '{"label":"human","new_string":"I like bananas"}', "c2"),
    ];
    expect(gradeToolCalled(spec, trace(calls))).toMatchObject({
      passed: true,
      reason: '"memory_insert" was called with arguments matching "label", "new_string".',
    });
  });

  it("says which argument did not match, and which is missing", () => {
    const spec = grader("tool_called", {
      tool: "archival_memory_insert",
      arguments: { content: "apples", tags: "fruit" },
    });
    const grade = gradeToolCalled(
      spec,
      trace([
        call("archival_memory_insert", { content: "pears" }),
        call("archival_memory_insert", { content: "apples" }, "c2"),
      ]),
    );
    expect(grade.passed).toBe(false);
    expect(grade.reason).toBe(
      '"archival_memory_insert" was called 2 times, never with matching arguments: argument "content" is "pears", which does not match /apples/; argument "tags" is missing.',
    );
  });

  it("matches numbers and objects by their JSON text", () => {
    const spec = grader("tool_called", { tool: "t", arguments: { n: "^4[0-9]$", o: '"k":true' } });
    expect(gradeToolCalled(spec, trace([call("t", { n: 42, o: { k: true } })])).passed).toBe(true);
  });

  it("fails when the arguments are not a JSON object", () => {
    const spec = grader("tool_called", { tool: "t", arguments: { a: "x" } });
    expect(gradeToolCalled(spec, trace([call("t", "not json")])).reason).toContain(
      'its arguments are not a JSON object ("not json")',
    );
  });

  it("errors when an argument pattern does not compile", () => {
    const grade = gradeToolCalled(
      grader("tool_called", { tool: "t", arguments: { a: "[" } }),
      trace([call("t", { a: 1 })]),
    );
    expect(grade).toMatchObject({ errored: true, passed: false, score: 0 });
    expect(grade.reason).toMatch(/^The pattern for argument "a", \/\[\/, does not compile: /);
  });
});

describe("tool_output grader", () => {
  it("passes when any output contains the value", () => {
    const spec = grader("tool_output", { match: "contains", value: "sunny" });
    const grade = gradeToolOutput(
      spec,
      evalCase(),
      trace([output("weather", "Rain"), output("forecast", "Sunny tomorrow")]),
    );
    expect(grade).toMatchObject({ passed: true, reason: 'The output of "forecast" contains "sunny" (ignoring case).' });
  });

  it("reads only the named tool's returns", () => {
    const spec = grader("tool_output", { tool: "weather", match: "contains", value: "sunny" });
    const grade = gradeToolOutput(spec, evalCase(), trace([output("weather", "Rain"), output("forecast", "Sunny")]));
    expect(grade).toMatchObject({
      passed: false,
      reason: 'No output contains "sunny" (ignoring case) (1 return; the last: "Rain").',
    });
    expect(
      gradeToolOutput(grader("tool_output", { tool: "x", match: "exact", value: "y" }), evalCase(), trace([])).reason,
    ).toBe('"x" never returned.');
    expect(
      gradeToolOutput(grader("tool_output", { match: "exact", value: "y" }), evalCase(), trace([say("hi")])).reason,
    ).toBe("No tool returned anything.");
  });

  it("supports exact and case-sensitive regular expressions; markup stays text", () => {
    expect(
      gradeToolOutput(
        grader("tool_output", { match: "exact", value: "<ok/>" }),
        evalCase(),
        trace([output("t", " <ok/> ")]),
      ).passed,
    ).toBe(true);
    const spec = grader("tool_output", { match: "regex", value: "^OK \\d+", caseSensitive: true });
    expect(gradeToolOutput(spec, evalCase(), trace([output("t", "ok 1")])).passed).toBe(false);
    expect(gradeToolOutput(spec, evalCase(), trace([output("t", "OK 1")])).passed).toBe(true);
  });

  it("compares with the case's expected answer when the grader has no value, and errors without either", () => {
    const spec = grader("tool_output", { tool: "fetch", match: "contains" });
    expect(
      gradeToolOutput(
        spec,
        evalCase({ expected: "Example Domain" }),
        trace([output("fetch", "<title>Example Domain</title>")]),
      ).passed,
    ).toBe(true);
    expect(gradeToolOutput(spec, evalCase(), trace([output("fetch", "x")]))).toMatchObject({
      errored: true,
      passed: false,
    });
  });

  it("errors on a pattern that does not compile", () => {
    const grade = gradeToolOutput(
      grader("tool_output", { match: "regex", value: "a{2,1}" }),
      evalCase(),
      trace([output("t", "aa")]),
    );
    expect(grade).toMatchObject({ errored: true, passed: false });
  });
});
