import type { CaseTrace, EvalCase, Grade, GraderSpec } from "@/lib/evals/types";
import { errored, verdict } from "./grade";
import { describeMatch, matchText, quote } from "./text-match";

type MemorySpec = Extract<GraderSpec, { kind: "memory" }>;

/** A block's value once the case ended (or once the sleep-time run for its last turn ended). */
export function gradeMemory(spec: MemorySpec, evalCase: EvalCase, trace: CaseTrace): Grade {
  const value = spec.value ?? evalCase.expected;
  if (value === undefined) {
    return errored(spec, "Nothing to compare with: the grader has no value and the case no expected answer.");
  }
  const blocks = spec.afterSleeptime ? trace.blocksAfterSleeptime : trace.blocks;
  if (blocks === null) {
    return verdict(spec, false, "No sleep-time run ended after the case, so there is no memory to read after it.");
  }
  const block = blocks[spec.label];
  const when = spec.afterSleeptime ? " after the sleep-time run" : "";
  if (block === undefined) return verdict(spec, false, `The agent has no block ${quote(spec.label)}${when}.`);
  const match = { match: spec.match, value, caseSensitive: spec.caseSensitive };
  const result = matchText(match, block);
  if ("error" in result) return errored(spec, result.error);
  return result.matched
    ? verdict(spec, true, `Block ${quote(spec.label)}${when} ${describeMatch(match)}.`)
    : verdict(spec, false, `Block ${quote(spec.label)}${when}, ${quote(block)}, ${describeMatch(match, true)}.`);
}
