import type { CaseResult, Experiment } from "./types";

type CaseChangeKind = "worse" | "better" | "same" | "only_a" | "only_b";

interface CaseChange {
  caseId: string;
  /** The agents paired by their place in each experiment (first with first…). */
  agentA: string;
  agentB: string;
  a: Pick<CaseResult, "status" | "score" | "reply" | "error" | "grades"> | null;
  b: Pick<CaseResult, "status" | "score" | "reply" | "error" | "grades"> | null;
  kind: CaseChangeKind;
}

export interface ExperimentComparison {
  changes: CaseChange[];
  worse: number;
  better: number;
  /** "3 cases got worse: a, b, c." */
  headline: string;
}

const rank: Partial<Record<CaseResult["status"], number>> = { passed: 2, failed: 1, errored: 0 };

function kindOf(a: CaseResult | undefined, b: CaseResult | undefined): CaseChangeKind {
  if (!a) return "only_b";
  if (!b) return "only_a";
  const before = rank[a.status];
  const after = rank[b.status];
  if (before === undefined || after === undefined) return "same";
  if (after !== before) return after < before ? "worse" : "better";
  const delta = (b.score ?? 0) - (a.score ?? 0);
  return Math.abs(delta) < 1e-9 ? "same" : delta < 0 ? "worse" : "better";
}

const order: Record<CaseChangeKind, number> = { worse: 0, better: 1, only_a: 2, only_b: 3, same: 4 };

/** Two experiments of one dataset, case by case, regressions first. */
export function compareExperiments(
  a: { experiment: Experiment; results: readonly CaseResult[] },
  b: { experiment: Experiment; results: readonly CaseResult[] },
): ExperimentComparison {
  const pairs = Math.max(a.experiment.agentIds.length, b.experiment.agentIds.length);
  const caseIds = [
    ...new Set([
      ...a.experiment.dataset.cases.map((item) => item.id),
      ...b.experiment.dataset.cases.map((item) => item.id),
    ]),
  ];
  const changes: CaseChange[] = [];
  for (let index = 0; index < pairs; index += 1) {
    const agentA = a.experiment.agentIds[index] ?? a.experiment.agentIds[0] ?? "";
    const agentB = b.experiment.agentIds[index] ?? b.experiment.agentIds[0] ?? "";
    for (const caseId of caseIds) {
      const before = a.results.find((result) => result.agentId === agentA && result.caseId === caseId);
      const after = b.results.find((result) => result.agentId === agentB && result.caseId === caseId);
      const pick = (result: CaseResult | undefined) =>
        result
          ? {
              status: result.status,
              score: result.score,
              reply: result.reply,
              error: result.error,
              grades: result.grades,
            }
          : null;
      changes.push({ caseId, agentA, agentB, a: pick(before), b: pick(after), kind: kindOf(before, after) });
    }
  }
  changes.sort((x, y) => order[x.kind] - order[y.kind]);
  const worse = changes.filter((change) => change.kind === "worse");
  const better = changes.filter((change) => change.kind === "better").length;
  const names = [...new Set(worse.map((change) => change.caseId))];
  const headline =
    worse.length === 0
      ? `No case got worse${better > 0 ? `; ${better} got better` : ""}.`
      : `${worse.length} case${worse.length === 1 ? "" : "s"} got worse: ${names.join(", ")}.`;
  return { changes, worse: worse.length, better, headline };
}
