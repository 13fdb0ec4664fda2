// Grading one case: every grader of the dataset on the case's trace, then the case's score and verdict.
import { graderSpecSchema, type CaseTrace, type EvalCase, type Grade, type GraderSpec } from "@/lib/evals/types";
import { gradeMemory } from "./memory";
import { gradeModelJudge, type Judge } from "./model-judge";
import { gradeReply } from "./reply";
import { compileSafePattern, describePatternProblem, isPatternProblem } from "./safe-pattern";
import { gradeToolCalled, gradeToolOutput } from "./tools";

export type { Judge, JudgePrompt } from "./model-judge";
export { JUDGE_SYSTEM_PROMPT, buildJudgeMessage } from "./model-judge";

export interface CaseGrading {
  grades: Grade[];
  /** The weighted mean of the grades' scores; null when the dataset has no graders. */
  score: number | null;
  /** Every grader passed (true when there are none). */
  passed: boolean;
  /** Some grader could not grade (see its reason): the case errored rather than failed. */
  errored: boolean;
}

async function gradeOne(spec: GraderSpec, evalCase: EvalCase, trace: CaseTrace, judge: Judge | null): Promise<Grade> {
  switch (spec.kind) {
    case "reply":
      return gradeReply(spec, evalCase, trace);
    case "tool_called":
      return gradeToolCalled(spec, trace);
    case "tool_output":
      return gradeToolOutput(spec, evalCase, trace);
    case "memory":
      return gradeMemory(spec, evalCase, trace);
    case "model_judge":
      return gradeModelJudge(spec, evalCase, trace, judge);
  }
}

/** Grades a case with every grader (judges in parallel); `judge` may be null when no grader needs one. */
export async function gradeCase(
  graders: GraderSpec[],
  evalCase: EvalCase,
  trace: CaseTrace,
  judge: Judge | null,
): Promise<CaseGrading> {
  const grades = await Promise.all(graders.map((spec) => gradeOne(spec, evalCase, trace, judge)));
  const totalWeight = graders.reduce((sum, spec) => sum + spec.weight, 0);
  const weighted = grades.reduce((sum, grade, index) => sum + grade.score * (graders[index]?.weight ?? 0), 0);
  return {
    grades,
    score: graders.length === 0 || totalWeight === 0 ? null : weighted / totalWeight,
    passed: grades.every((grade) => grade.passed),
    errored: grades.some((grade) => grade.errored === true),
  };
}

/** The patterns of a grader that must compile, with where they sit in the spec. */
function patternsOf(spec: GraderSpec): { path: (string | number)[]; source: string; caseSensitive: boolean }[] {
  switch (spec.kind) {
    case "reply":
    case "memory":
    case "tool_output":
      return spec.match === "regex" && spec.value !== undefined
        ? [{ path: ["value"], source: spec.value, caseSensitive: spec.caseSensitive }]
        : [];
    case "tool_called":
      return Object.entries(spec.arguments).map(([name, source]) => ({
        path: ["arguments", name],
        source,
        caseSensitive: true,
      }));
    case "model_judge":
      return [];
  }
}

/** The grader schema plus the check that every regular expression in it compiles (for forms and actions). */
export const validGraderSpecSchema = graderSpecSchema.superRefine((spec, context) => {
  for (const pattern of patternsOf(spec)) {
    const compiled = compileSafePattern(pattern.source, pattern.caseSensitive);
    if (isPatternProblem(compiled)) {
      context.addIssue({
        code: "custom",
        path: pattern.path,
        message: `This regular expression ${describePatternProblem(compiled)}`,
      });
    }
  }
});

export type GraderValidation =
  { ok: true; grader: GraderSpec } | { ok: false; issues: { path: string; message: string }[] };

/** Validates a grader before it is saved: its fields, and every regular expression in it compiles. */
export function validateGrader(input: unknown): GraderValidation {
  const parsed = validGraderSpecSchema.safeParse(input);
  if (parsed.success) return { ok: true, grader: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })),
  };
}
