import { summarize } from "./summary";
import type { CaseResult, Experiment, ExperimentStatus } from "./types";

export interface ExperimentRow {
  id: string;
  datasetId: string;
  datasetName: string;
  /** Each agent's name (null when unknown: the server no longer has it, or it could not be asked). */
  agents: { id: string; name: string | null; passRate: number; finished: number; cases: number }[];
  status: ExperimentStatus;
  createdAt: string;
}

/** An experiment as the lists show it: each agent's pass rate so far. */
export function toExperimentRow(
  record: { experiment: Experiment; results: readonly CaseResult[] },
  names: Record<string, string | null> = {},
): ExperimentRow {
  const { experiment } = record;
  return {
    id: experiment.id,
    datasetId: experiment.datasetId,
    datasetName: experiment.dataset.name,
    status: experiment.status,
    createdAt: experiment.createdAt,
    agents: experiment.agentIds.map((agentId) => {
      const summary = summarize(agentId, record.results, experiment.dataset.graders);
      return {
        id: agentId,
        name: names[agentId] ?? null,
        passRate: summary.passRate,
        finished: summary.passed + summary.failed + summary.errored,
        cases: summary.cases,
      };
    }),
  };
}
