"use client";

import { queryOptions } from "@tanstack/react-query";
import type { ExperimentView } from "@/lib/evals/view";
import { apiUrl, fetchJson } from "@/lib/fetch-json";
import { queryKeys } from "@/lib/query-keys";

/** Still changing: the experiment runs, or a cancelled one's running cases are still stopping. */
const running = (view: ExperimentView | undefined) =>
  view?.experiment.status === "queued" ||
  view?.experiment.status === "running" ||
  (view?.results.some((result) => result.status === "running") ?? false);

/** One experiment, polled every second while it changes. */
export function experimentQuery(experimentId: string) {
  return queryOptions({
    queryKey: queryKeys.evalExperiment(experimentId),
    queryFn: () => fetchJson<ExperimentView>(apiUrl(["evals", "experiments", experimentId])),
    refetchInterval: (query) => (running(query.state.data) ? 1_000 : false),
  });
}

export interface DatasetChoice {
  id: string;
  name: string;
  cases: number;
}

/** The datasets a turn can be added to. */
export function datasetChoicesQuery() {
  return queryOptions({
    queryKey: queryKeys.evalDatasets(),
    queryFn: () => fetchJson<DatasetChoice[]>(apiUrl(["evals", "datasets"])),
  });
}
