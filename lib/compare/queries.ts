import { queryOptions } from "@tanstack/react-query";
import type { CompareSide } from "@/lib/compare/types";
import { fetchJson } from "@/lib/fetch-json";
import { queryKeys } from "@/lib/query-keys";

export const compareSideQuery = (agentId: string) =>
  queryOptions({
    queryKey: queryKeys.agentCompare(agentId),
    queryFn: () => fetchJson<CompareSide>(`/api/agents/${encodeURIComponent(agentId)}/compare`),
    // The server render's read is the one the page compares with: no second read on mount (it could show a value
    // the user never saw as the one a copy is checked against). Copies read both sides again when they end.
    staleTime: 30_000,
  });
