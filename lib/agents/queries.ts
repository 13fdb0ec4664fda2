import { queryOptions } from "@tanstack/react-query";
import type { AgentPage } from "@/lib/agents/types";
import { apiUrl, fetchJson } from "@/lib/fetch-json";
import { queryKeys } from "@/lib/query-keys";

/** How many agents a search shows unless its place asks for another number. */
const AGENT_SEARCH_LIMIT = 10;

/**
 * The one agent search (switcher, palette, pair picker, "attach to an agent"): the server's agents whose
 * name contains `search`, or the newest agents for an empty search, at most `limit` of them.
 */
export function agentSearchQuery(search: string, limit: number = AGENT_SEARCH_LIMIT) {
  return queryOptions({
    queryKey: queryKeys.agentSearch(search, limit),
    queryFn: ({ signal }) => fetchJson<AgentPage>(apiUrl(["agents"], { q: search, limit: String(limit) }), { signal }),
    staleTime: 5_000,
  });
}
