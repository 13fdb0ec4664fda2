import { summarize } from "./summary";
import type { CaseResult, Experiment, ExperimentSummary } from "./types";

/** What the experiment page shows: the record without leases, each agent's summary and name. */
export interface ExperimentView {
  experiment: Experiment;
  results: CaseResult[];
  summaries: ExperimentSummary[];
  agentNames: Record<string, string | null>;
}

export function toExperimentView(
  record: { experiment: Experiment; results: readonly (CaseResult & { lease?: unknown })[] },
  agentNames: Record<string, string | null>,
): ExperimentView {
  const results = record.results.map(({ lease: _lease, ...result }) => result);
  const summaries = record.experiment.agentIds.map((agentId) =>
    summarize(agentId, results, record.experiment.dataset.graders),
  );
  return { experiment: record.experiment, results, summaries, agentNames };
}
