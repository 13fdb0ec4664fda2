"use client";

import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/fetch-json";
import type { AgentSettingsView } from "@/lib/letta/agent-settings";
import { queryKeys } from "@/lib/query-keys";

/** Settings keys sit under the agent's key, so a chat turn's invalidation refreshes them. */
export const settingsKeys = {
  settings: (agentId: string) => [...queryKeys.agent(agentId), "settings"] as const,
  compiledPrompt: (agentId: string) => [...queryKeys.agent(agentId), "settings", "compiled-prompt"] as const,
};

export const settingsQuery = (agentId: string) =>
  queryOptions({
    queryKey: settingsKeys.settings(agentId),
    queryFn: () => fetchJson<AgentSettingsView>(`/api/agents/${encodeURIComponent(agentId)}/settings`),
  });

export const compiledPromptQuery = (agentId: string) =>
  queryOptions({
    queryKey: settingsKeys.compiledPrompt(agentId),
    queryFn: () => fetchJson<{ prompt: string }>(`/api/agents/${encodeURIComponent(agentId)}/compiled-prompt`),
  });
