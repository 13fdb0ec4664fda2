"use client";

import { queryOptions } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { AgentPage } from "@/lib/agents/types";
import { fetchJson } from "@/lib/fetch-json";
import { queryKeys } from "@/lib/query-keys";

const SEARCH_LIMIT = 10;

/** The value once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The server's agents whose name matches `search` (the switcher's and the pair picker's search). */
export function agentSearchOptions(search: string) {
  return queryOptions({
    queryKey: queryKeys.agentSearch(search),
    queryFn: () =>
      fetchJson<AgentPage>(`/api/agents?${new URLSearchParams({ q: search, limit: String(SEARCH_LIMIT) })}`),
    staleTime: 5_000,
  });
}
