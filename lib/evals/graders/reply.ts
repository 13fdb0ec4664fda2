import type { CaseTrace, EvalCase, Grade, GraderSpec } from "@/lib/evals/types";
import { errored, verdict } from "./grade";
import { targetText } from "./target";
import { capitalise, describeMatch, matchText, quote } from "./text-match";

type ReplySpec = Extract<GraderSpec, { kind: "reply" }>;

export function gradeReply(spec: ReplySpec, evalCase: EvalCase, trace: CaseTrace): Grade {
  const value = spec.value ?? evalCase.expected;
  if (value === undefined) {
    return errored(spec, "Nothing to compare with: the grader has no value and the case no expected answer.");
  }
  const target = targetText(trace, spec.target);
  if (!target.ok) return verdict(spec, false, target.reason);
  const match = { match: spec.match, value, caseSensitive: spec.caseSensitive };
  const result = matchText(match, target.text);
  if ("error" in result) return errored(spec, result.error);
  return result.matched
    ? verdict(spec, true, `${capitalise(target.name)} ${describeMatch(match)}.`)
    : verdict(spec, false, `${capitalise(target.name)}, ${quote(target.text)}, ${describeMatch(match, true)}.`);
}
