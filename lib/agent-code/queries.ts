"use client";

import { queryOptions } from "@tanstack/react-query";
import type { AgentCodeSpec } from "@/lib/agent-code/spec";
import { apiUrl, fetchJson } from "@/lib/fetch-json";
import { queryKeys } from "@/lib/query-keys";

export const agentCodeQuery = (agentId: string) =>
  queryOptions({
    queryKey: queryKeys.agentCode(agentId),
    queryFn: () => fetchJson<AgentCodeSpec>(apiUrl(["agents", agentId, "code"])),
    staleTime: 0,
  });
