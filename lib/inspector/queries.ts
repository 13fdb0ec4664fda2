"use client";

import { queryOptions } from "@tanstack/react-query";
import { apiUrl, fetchJson } from "@/lib/fetch-json";
import { loadRunSummary } from "@/lib/inspector/run-summary-loader";
import type { RunDetail, RunSummary, StepTrace } from "@/lib/inspector/types";
import { queryKeys } from "@/lib/query-keys";

const finished = (status: string | undefined) => status !== undefined && !["created", "running"].includes(status);

/**
 * A run's status and usage (a finished run no longer changes). Given its agent, the runs asked for at the same
 * moment (the chat's footers of a page of history) are read together.
 */
export const runSummaryQuery = (runId: string, agentId?: string) =>
  queryOptions({
    queryKey: [...queryKeys.run(runId), "summary"] as const,
    queryFn: () =>
      agentId === undefined ? fetchJson<RunSummary>(apiUrl(["runs", runId])) : loadRunSummary(agentId, runId),
    staleTime: (query) => (finished(query.state.data?.status) ? Infinity : 0),
    refetchInterval: (query) => (query.state.data && !finished(query.state.data.status) ? 2_000 : false),
  });

export const runDetailQuery = (runId: string) =>
  queryOptions({
    queryKey: [...queryKeys.run(runId), "detail"] as const,
    queryFn: () => fetchJson<RunDetail>(apiUrl(["runs", runId, "steps"])),
    refetchInterval: (query) => (query.state.data && !finished(query.state.data.run.status) ? 2_000 : false),
  });

/** A step's trace is written once, after the model answered. */
export const stepTraceQuery = (stepId: string) =>
  queryOptions({
    queryKey: queryKeys.stepTrace(stepId),
    queryFn: () => fetchJson<StepTrace>(apiUrl(["steps", stepId, "trace"])),
    staleTime: (query) => (query.state.data?.kind === "trace" ? Infinity : 0),
  });

export const previewQuery = (agentId: string, message: string) =>
  queryOptions({
    queryKey: [...queryKeys.agent(agentId), "preview-request", message] as const,
    queryFn: () =>
      // The message goes as typed, even empty (apiUrl would leave an empty value out).
      fetchJson<{ request: unknown }>(
        `${apiUrl(["agents", agentId, "preview-request"])}?${new URLSearchParams({ message })}`,
      ),
    staleTime: 0,
  });
