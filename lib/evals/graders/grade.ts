import type { Grade, GraderSpec } from "@/lib/evals/types";

/** A grade from a score: passed when the score reaches the grader's threshold. */
export function scored(spec: GraderSpec, score: number, reason: string): Grade {
  const bounded = Math.min(1, Math.max(0, score));
  return { graderId: spec.id, score: bounded, passed: bounded >= spec.threshold, reason };
}

/** A yes/no check: score 1 or 0. */
export function verdict(spec: GraderSpec, ok: boolean, reason: string): Grade {
  return scored(spec, ok ? 1 : 0, reason);
}

/** The grader could not grade: score 0, failed, and flagged so the case counts as errored. */
export function errored(spec: GraderSpec, reason: string): Grade {
  return { graderId: spec.id, score: 0, passed: false, reason, errored: true };
}
