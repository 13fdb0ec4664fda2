"use client";

import { queryOptions } from "@tanstack/react-query";
import { apiUrl, fetchJson } from "@/lib/fetch-json";
import type { AgentModelStatus, ModelsOverview } from "@/lib/providers/types";
import { queryKeys } from "@/lib/query-keys";

export const modelsOverviewQuery = () =>
  queryOptions({
    queryKey: queryKeys.modelsOverview(),
    queryFn: () => fetchJson<ModelsOverview>(apiUrl(["models", "overview"])),
  });

export const agentModelStatusQuery = (agentId: string) =>
  queryOptions({
    queryKey: queryKeys.agentModelStatus(agentId),
    queryFn: () => fetchJson<AgentModelStatus>(apiUrl(["models", "agents", agentId])),
  });
