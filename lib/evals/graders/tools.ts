import type { CaseTrace, EvalCase, Grade, GraderSpec, TraceMessage } from "@/lib/evals/types";
import { errored, verdict } from "./grade";
import { compileSafePattern, describePatternProblem, isPatternProblem, type SafePattern } from "./safe-pattern";
import { describeMatch, matchText, quote } from "./text-match";
import { parseJsonObject } from "@/lib/json-object";

type ToolCalledSpec = Extract<GraderSpec, { kind: "tool_called" }>;
type ToolOutputSpec = Extract<GraderSpec, { kind: "tool_output" }>;
type ToolCall = Extract<TraceMessage, { type: "tool_call" }>;

/** Passes when one call of the tool has every named argument's JSON value matching its pattern. */
export function gradeToolCalled(spec: ToolCalledSpec, trace: CaseTrace): Grade {
  const patterns: [string, SafePattern][] = [];
  for (const [name, source] of Object.entries(spec.arguments)) {
    const pattern = compileSafePattern(source, true);
    if (isPatternProblem(pattern)) {
      return errored(spec, `The pattern for argument ${quote(name)}, /${source}/, ${describePatternProblem(pattern)}`);
    }
    patterns.push([name, pattern]);
  }
  const calls = trace.messages.filter((message): message is ToolCall => message.type === "tool_call");
  const matching = calls.filter((call) => call.name === spec.tool);
  if (matching.length === 0) {
    const called = [...new Set(calls.map((call) => call.name))];
    return verdict(
      spec,
      false,
      `${quote(spec.tool)} was not called (${called.length > 0 ? `called: ${called.map((name) => quote(name)).join(", ")}` : "no tool was called"}).`,
    );
  }
  if (patterns.length === 0) {
    return verdict(spec, true, `${quote(spec.tool)} was called ${times(matching.length)}.`);
  }
  const misses: string[] = [];
  for (const call of matching) {
    const miss = firstMismatch(call, patterns);
    if (miss === undefined) {
      return verdict(
        spec,
        true,
        `${quote(spec.tool)} was called with arguments matching ${patterns.map(([name]) => quote(name)).join(", ")}.`,
      );
    }
    misses.push(miss);
  }
  return verdict(
    spec,
    false,
    `${quote(spec.tool)} was called ${times(matching.length)}, never with matching arguments: ${misses.join("; ")}.`,
  );
}

function firstMismatch(call: ToolCall, patterns: [string, SafePattern][]): string | undefined {
  const args = parsedArguments(call.arguments);
  if (args === undefined) return `its arguments are not a JSON object (${quote(String(call.arguments))})`;
  for (const [name, pattern] of patterns) {
    if (!(name in args)) return `argument ${quote(name)} is missing`;
    const json = JSON.stringify(args[name]) ?? "undefined";
    if (!pattern.test(json))
      return `argument ${quote(name)} is ${json.length > 160 ? `${json.slice(0, 159)}…` : json}, which does not match /${pattern.source}/`;
  }
  return undefined;
}

function parsedArguments(args: ToolCall["arguments"]): Record<string, unknown> | undefined {
  return typeof args === "string" ? parseJsonObject(args) : args;
}

/** Passes when one return (of the named tool, or of any tool) matches. */
export function gradeToolOutput(spec: ToolOutputSpec, evalCase: EvalCase, trace: CaseTrace): Grade {
  const value = spec.value ?? evalCase.expected;
  if (value === undefined) {
    return errored(spec, "Nothing to compare with: the grader has no value and the case no expected answer.");
  }
  const returns = trace.messages.filter(
    (message): message is Extract<TraceMessage, { type: "tool_return" }> =>
      message.type === "tool_return" && (spec.tool === undefined || message.name === spec.tool),
  );
  if (returns.length === 0) {
    return verdict(
      spec,
      false,
      spec.tool === undefined ? "No tool returned anything." : `${quote(spec.tool)} never returned.`,
    );
  }
  const match = { match: spec.match, value, caseSensitive: spec.caseSensitive };
  for (const output of returns) {
    const result = matchText(match, output.output);
    if ("error" in result) return errored(spec, result.error);
    if (result.matched) {
      return verdict(spec, true, `The output of ${quote(output.name ?? "a tool")} ${describeMatch(match)}.`);
    }
  }
  const count = returns.length === 1 ? "1 return" : `${returns.length} returns`;
  const last = returns.at(-1)?.output ?? "";
  return verdict(spec, false, `No output ${describeMatch(match)} (${count}; the last: ${quote(last)}).`);
}

function times(count: number): string {
  return count === 1 ? "once" : `${count} times`;
}
