import { queryOptions } from "@tanstack/react-query";
import type { CompareSide } from "@/lib/compare/types";
import { fetchJson } from "@/lib/fetch-json";
import { queryKeys } from "@/lib/query-keys";

export const compareSideQuery = (agentId: string) =>
  queryOptions({
    queryKey: queryKeys.agentCompare(agentId),
    queryFn: () => fetchJson<CompareSide>(`/api/agents/${encodeURIComponent(agentId)}/compare`),
    staleTime: 0,
  });
