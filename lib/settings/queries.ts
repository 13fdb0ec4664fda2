import { queryOptions } from "@tanstack/react-query";
import { apiUrl, fetchJson } from "@/lib/fetch-json";
import type { AgentSettingsView } from "@/lib/agents/types";
import { settingsKeys } from "@/lib/query-keys";

export const settingsQuery = (agentId: string) =>
  queryOptions({
    queryKey: settingsKeys.settings(agentId),
    queryFn: () => fetchJson<AgentSettingsView>(apiUrl(["agents", agentId, "settings"])),
  });

export const compiledPromptQuery = (agentId: string) =>
  queryOptions({
    queryKey: settingsKeys.compiledPrompt(agentId),
    queryFn: () => fetchJson<{ prompt: string }>(apiUrl(["agents", agentId, "compiled-prompt"])),
  });
