import { queryOptions } from "@tanstack/react-query";
import { apiUrl, fetchJson } from "@/lib/fetch-json";
import { sleeptimeKeys } from "@/lib/query-keys";
import type { SleeptimeActivity, SleeptimeSettings } from "@/lib/sleeptime/types";

/** How often the agent page re-reads the sleep-time agent's runs (only while the page is visible). */
const ACTIVITY_POLL_MS = 2_500;

export const sleeptimeSettingsQuery = (agentId: string) =>
  queryOptions({
    queryKey: sleeptimeKeys.settings(agentId),
    queryFn: () => fetchJson<SleeptimeSettings>(apiUrl(["agents", agentId, "sleeptime"])),
  });

export const sleeptimeActivityQuery = (agentId: string) =>
  queryOptions({
    queryKey: sleeptimeKeys.activity(agentId),
    queryFn: () => fetchJson<SleeptimeActivity>(apiUrl(["agents", agentId, "sleeptime", "runs"])),
    refetchInterval: (query) => (query.state.data?.sleeptimeAgentId ? ACTIVITY_POLL_MS : false),
    staleTime: 0,
  });

export function runAnchor(runId: string): string {
  return `sleeptime-run-${runId}`;
}
