"use client";

import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/fetch-json";
import { queryKeys } from "@/lib/query-keys";
import type { SleeptimeActivity, SleeptimeSettings } from "@/lib/sleeptime/types";

/** How often the agent page re-reads the sleep-time agent's runs (only while the page is visible). */
export const ACTIVITY_POLL_MS = 2_500;

/** Under `queryKeys.agent(id)`, so a chat turn's invalidation refreshes them at once. */
export const sleeptimeKeys = {
  settings: (agentId: string) => [...queryKeys.agent(agentId), "sleeptime"] as const,
  activity: (agentId: string) => [...queryKeys.agent(agentId), "sleeptime", "runs"] as const,
};

export const sleeptimeSettingsQuery = (agentId: string) =>
  queryOptions({
    queryKey: sleeptimeKeys.settings(agentId),
    queryFn: () => fetchJson<SleeptimeSettings>(`/api/agents/${agentId}/sleeptime`),
  });

export const sleeptimeActivityQuery = (agentId: string) =>
  queryOptions({
    queryKey: sleeptimeKeys.activity(agentId),
    queryFn: () => fetchJson<SleeptimeActivity>(`/api/agents/${agentId}/sleeptime/runs`),
    refetchInterval: (query) => (query.state.data?.sleeptimeAgentId ? ACTIVITY_POLL_MS : false),
    staleTime: 0,
  });

export function runAnchor(runId: string): string {
  return `sleeptime-run-${runId}`;
}
