import { queryOptions } from "@tanstack/react-query";
import type { ImportedAgentState } from "@/lib/agent-files/import-state";
import { filesPending } from "@/lib/agent-files/report";
import { apiUrl, fetchJson } from "@/lib/fetch-json";
import { queryKeys } from "@/lib/query-keys";

const POLL_MS = 2_000;

/** What the server holds of the imported agents; polled while their folders' files are processed. */
export function importReportQuery(agentIds: readonly string[]) {
  return queryOptions({
    queryKey: queryKeys.agentFileReport(agentIds),
    queryFn: ({ signal }) =>
      fetchJson<{ agents: ImportedAgentState[] }>(apiUrl(["agent-files", "report"], { agents: agentIds.join(",") }), {
        signal,
      }),
    refetchInterval: (query) => (query.state.data && filesPending(query.state.data.agents) ? POLL_MS : false),
  });
}
