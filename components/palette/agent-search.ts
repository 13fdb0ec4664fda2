"use client";

import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/fetch-json";
import type { AgentPage } from "@/lib/agents/types";
import { queryKeys } from "@/lib/query-keys";

export const PALETTE_AGENT_LIMIT = 8;

/** Agents whose name contains `search` (the server searches; an empty search gives the newest agents). */
export function paletteAgentsQuery(search: string) {
  return queryOptions({
    queryKey: queryKeys.paletteAgents(search),
    queryFn: () => {
      const params = new URLSearchParams({ limit: String(PALETTE_AGENT_LIMIT) });
      if (search) params.set("q", search);
      return fetchJson<AgentPage>(`/api/agents?${params}`);
    },
    staleTime: 5_000,
    placeholderData: (previous) => previous,
  });
}
