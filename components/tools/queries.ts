"use client";

import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/fetch-json";
import { queryKeys } from "@/lib/query-keys";
import type { AgentToolsView, McpServerView, ToolDetail, ToolSummary, ToolUsage } from "@/lib/tools/types";

export const toolKeys = {
  all: () => ["tools"] as const,
  library: (search: string) => ["tools", "library", search] as const,
  detail: (toolId: string) => ["tools", "detail", toolId] as const,
  usage: (toolId: string) => ["tools", "usage", toolId] as const,
  mcpServers: () => ["tools", "mcp-servers"] as const,
  mcpServerTools: (serverId: string) => ["tools", "mcp-servers", serverId, "tools"] as const,
};

export const jsonHeaders = { "Content-Type": "application/json" } as const;

export const agentToolsQuery = (agentId: string) =>
  queryOptions({
    queryKey: queryKeys.agentTools(agentId),
    queryFn: () => fetchJson<AgentToolsView>(`/api/agents/${agentId}/tools`),
    staleTime: 0,
  });

export const toolLibraryQuery = (search: string) =>
  queryOptions({
    queryKey: toolKeys.library(search),
    queryFn: () => fetchJson<ToolSummary[]>(`/api/tools?${new URLSearchParams({ search }).toString()}`),
  });

export const toolDetailQuery = (toolId: string) =>
  queryOptions({
    queryKey: toolKeys.detail(toolId),
    queryFn: () => fetchJson<ToolDetail>(`/api/tools/${toolId}`),
    staleTime: 0,
  });

export const toolUsageQuery = (toolId: string) =>
  queryOptions({
    queryKey: toolKeys.usage(toolId),
    queryFn: () => fetchJson<ToolUsage>(`/api/tools/${toolId}/agents`),
    staleTime: 0,
  });

export const mcpServersQuery = () =>
  queryOptions({
    queryKey: toolKeys.mcpServers(),
    queryFn: () => fetchJson<McpServerView[]>("/api/mcp-servers"),
  });

export const mcpServerToolsQuery = (serverId: string) =>
  queryOptions({
    queryKey: toolKeys.mcpServerTools(serverId),
    queryFn: () => fetchJson<ToolSummary[]>(`/api/mcp-servers/${serverId}/tools`),
  });
