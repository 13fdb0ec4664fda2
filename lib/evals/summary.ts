import type { CaseResult, ExperimentSummary, Grade, GraderSpec } from "./types";

/** The weighted mean of the grades' scores (null without grades). */
export function caseScore(grades: readonly Grade[], graders: readonly GraderSpec[]): number | null {
  if (grades.length === 0) return null;
  const weights = new Map(graders.map((grader) => [grader.id, grader.weight]));
  let total = 0;
  let weightSum = 0;
  for (const grade of grades) {
    const weight = weights.get(grade.graderId) ?? 1;
    total += grade.score * weight;
    weightSum += weight;
  }
  return weightSum === 0 ? null : total / weightSum;
}

/** The value at the given percentile (nearest rank) of the numbers, or null without any. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}

/** Dollars per million prompt and completion tokens of a model, when it lists prices. */
export interface ModelPrice {
  promptPerMillion: number;
  completionPerMillion: number;
}

/** Per agent of an experiment: pass rate, mean score per grader, tokens, latency percentiles, cost. */
export function summarize(
  agentId: string,
  results: readonly CaseResult[],
  graders: readonly GraderSpec[],
  price: ModelPrice | null = null,
): ExperimentSummary {
  const mine = results.filter((result) => result.agentId === agentId);
  const passed = mine.filter((result) => result.status === "passed").length;
  const failed = mine.filter((result) => result.status === "failed").length;
  const errored = mine.filter((result) => result.status === "errored").length;
  const finished = passed + failed + errored;
  const meanScoreByGrader: Record<string, number> = {};
  for (const grader of graders) {
    const scores = mine.flatMap((result) =>
      result.grades.filter((grade) => grade.graderId === grader.id).map((grade) => grade.score),
    );
    if (scores.length > 0) meanScoreByGrader[grader.id] = scores.reduce((a, b) => a + b, 0) / scores.length;
  }
  const usage = { prompt: 0, completion: 0, total: 0 };
  for (const result of mine) {
    usage.prompt += result.usage?.prompt ?? 0;
    usage.completion += result.usage?.completion ?? 0;
    usage.total += result.usage?.total ?? 0;
  }
  const latencies = mine.flatMap((result) => (result.latencyMs === null ? [] : [result.latencyMs]));
  return {
    agentId,
    cases: mine.length,
    passed,
    failed,
    errored,
    passRate: finished === 0 ? 0 : passed / finished,
    meanScoreByGrader,
    usage,
    latencyP50Ms: percentile(latencies, 50),
    latencyP95Ms: percentile(latencies, 95),
    costUsd: price
      ? (usage.prompt * price.promptPerMillion + usage.completion * price.completionPerMillion) / 1_000_000
      : null,
  };
}
