import { summarize } from "./summary";
import type { CaseResult, Experiment, ExperimentStatus } from "./types";

export interface ExperimentRow {
  id: string;
  datasetId: string;
  datasetName: string;
  agents: { id: string; passRate: number; finished: number; cases: number }[];
  status: ExperimentStatus;
  createdAt: string;
}

/** An experiment as the lists show it: each agent's pass rate so far. */
export function toExperimentRow(record: { experiment: Experiment; results: readonly CaseResult[] }): ExperimentRow {
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
        passRate: summary.passRate,
        finished: summary.passed + summary.failed + summary.errored,
        cases: summary.cases,
      };
    }),
  };
}
