import { queryOptions } from "@tanstack/react-query";
import { apiUrl, fetchJson } from "@/lib/fetch-json";
import { sleeptimeKeys } from "@/lib/query-keys";
import type { SleeptimeActivity, SleeptimeSettings } from "@/lib/sleeptime/types";

export const sleeptimeSettingsQuery = (agentId: string) =>
  queryOptions({
    queryKey: sleeptimeKeys.settings(agentId),
    queryFn: () => fetchJson<SleeptimeSettings>(apiUrl(["agents", agentId, "sleeptime"])),
  });

export const sleeptimeActivityQuery = (agentId: string) =>
  queryOptions({
    queryKey: sleeptimeKeys.activity(agentId),
    queryFn: () => fetchJson<SleeptimeActivity>(apiUrl(["agents", agentId, "sleeptime", "runs"])),
    // Read again when the agent's watch (components/watch) sees its runs change, never polled.
    staleTime: Infinity,
  });

export function runAnchor(runId: string): string {
  return `sleeptime-run-${runId}`;
}
