"use client";

import { Button } from "@/components/ui/button";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { ErrorPanel } from "@/components/error-panel";
import { unwrap } from "@/lib/actions/result";
import { cancelExperimentAction, deleteKeptCopiesAction } from "@/lib/evals/actions";
import type { ExperimentView as View } from "@/lib/evals/view";
import { formatDateTime } from "@/lib/format";
import { queryKeys } from "@/lib/query-keys";
import { CaseResults } from "./case-results";
import { experimentQuery } from "./queries";
import {
  cellClass,
  errorBody,
  formatMs,
  formatPercent,
  linkClass,
  mutedText,
  sectionClass,
  tableClass,
} from "./styles";

export function ExperimentView({ initial, others }: { initial: View; others: { id: string; createdAt: string }[] }) {
  const queryClient = useQueryClient();
  const query = useQuery({ ...experimentQuery(initial.experiment.id), initialData: initial });
  const view = query.data;
  const { experiment } = view;
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.evalExperiment(experiment.id) });
  const cancel = useMutation({
    mutationFn: () => unwrap(cancelExperimentAction({ experimentId: experiment.id })),
    onSettled: refresh,
  });
  const deleteCopies = useMutation({
    mutationFn: () => unwrap(deleteKeptCopiesAction({ experimentId: experiment.id })),
    onSettled: refresh,
  });
  const active = experiment.status === "queued" || experiment.status === "running";
  const done = view.results.filter((result) => !["pending", "running"].includes(result.status)).length;
  const kept = view.results.filter((result) => result.copyKept).length;
  const graders = experiment.dataset.graders;
  const error = cancel.error ?? deleteCopies.error;
  return (
    <div className="space-y-6">
      <section aria-labelledby="experiment-heading" className={sectionClass}>
        <h2 id="experiment-heading" className="text-base font-semibold">
          Dataset{" "}
          <Link className={linkClass} href={`/evals/datasets/${experiment.datasetId}`}>
            {experiment.dataset.name}
          </Link>
        </h2>
        <p className="text-sm">
          Started {formatDateTime(experiment.createdAt)}, {experiment.concurrency} case
          {experiment.concurrency === 1 ? "" : "s"} at a time.{" "}
          <span role="status" aria-label="Progress">
            Status: <strong>{experiment.status}</strong>, {done} of {view.results.length} cases done.
          </span>
        </p>
        <div className="flex flex-wrap gap-2">
          {active ? (
            <Button type="button" variant="secondary" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
              {cancel.isPending ? "Cancelling…" : "Cancel experiment"}
            </Button>
          ) : null}
          {!active && kept > 0 ? (
            <Button
              type="button"
              variant="secondary"
              disabled={deleteCopies.isPending}
              onClick={() => deleteCopies.mutate()}
            >
              Delete the {kept} kept cop{kept === 1 ? "y" : "ies"}
            </Button>
          ) : null}
        </div>
        {others.length > 0 ? (
          <nav aria-label="Compare with another experiment" className="text-sm">
            Compare with:{" "}
            {others.map((other, index) => (
              <span key={other.id}>
                {index > 0 ? ", " : null}
                <Link className={linkClass} href={`/evals/compare?a=${other.id}&b=${experiment.id}`}>
                  the experiment of {formatDateTime(other.createdAt)}
                </Link>
              </span>
            ))}
          </nav>
        ) : null}
        {error ? <ErrorPanel title="That did not work" error={errorBody(error)} /> : null}
        {query.error ? <p className={`text-sm ${mutedText}`}>Could not refresh: {query.error.message}</p> : null}
      </section>

      <section aria-labelledby="summary-heading" className={sectionClass}>
        <h2 id="summary-heading" className="text-base font-semibold">
          Summary
        </h2>
        <div className="overflow-x-auto">
          <table className={tableClass} aria-label="Summary per agent">
            <thead>
              <tr>
                <th className={cellClass}>Agent</th>
                <th className={cellClass}>Pass rate</th>
                <th className={cellClass}>Passed / failed / errored</th>
                {graders.map((grader) => (
                  <th key={grader.id} className={cellClass}>
                    {grader.name} (mean)
                  </th>
                ))}
                <th className={cellClass}>Tokens</th>
                <th className={cellClass}>Latency p50 / p95</th>
                <th className={cellClass}>Cost</th>
              </tr>
            </thead>
            <tbody>
              {view.summaries.map((summary) => (
                <tr key={summary.agentId}>
                  <td className={cellClass}>
                    <Link className={linkClass} href={`/agents/${summary.agentId}`}>
                      {view.agentNames[summary.agentId] ?? summary.agentId}
                    </Link>
                  </td>
                  <td className={cellClass}>{formatPercent(summary.passRate)}</td>
                  <td className={cellClass}>
                    {summary.passed} / {summary.failed} / {summary.errored}
                  </td>
                  {graders.map((grader) => (
                    <td key={grader.id} className={cellClass}>
                      {summary.meanScoreByGrader[grader.id]?.toFixed(2) ?? "—"}
                    </td>
                  ))}
                  <td className={cellClass}>{summary.usage.total}</td>
                  <td className={cellClass}>
                    {formatMs(summary.latencyP50Ms)} / {formatMs(summary.latencyP95Ms)}
                  </td>
                  <td className={cellClass}>
                    {summary.costUsd === null ? "no prices listed" : `$${summary.costUsd.toFixed(4)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="cases-heading" className={sectionClass}>
        <h2 id="cases-heading" className="text-base font-semibold">
          Cases
        </h2>
        <div className="overflow-x-auto">
          <CaseResults results={view.results} graders={graders} agentNames={view.agentNames} />
        </div>
      </section>
    </div>
  );
}
