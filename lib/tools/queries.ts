import { queryOptions } from "@tanstack/react-query";
import { apiUrl, fetchJson } from "@/lib/fetch-json";
import { queryKeys, toolKeys } from "@/lib/query-keys";
import type { AgentToolsView, McpServerView, ToolDetail, ToolSummary, ToolUsage } from "@/lib/tools/types";

export const agentToolsQuery = (agentId: string) =>
  queryOptions({
    queryKey: queryKeys.agentTools(agentId),
    queryFn: () => fetchJson<AgentToolsView>(apiUrl(["agents", agentId, "tools"])),
    staleTime: 0,
  });

export const toolLibraryQuery = (search: string) =>
  queryOptions({
    queryKey: toolKeys.library(search),
    queryFn: () => fetchJson<ToolSummary[]>(apiUrl(["tools"], { search })),
  });

export const toolDetailQuery = (toolId: string) =>
  queryOptions({
    queryKey: toolKeys.detail(toolId),
    queryFn: () => fetchJson<ToolDetail>(apiUrl(["tools", toolId])),
    staleTime: 0,
  });

export const toolUsageQuery = (toolId: string) =>
  queryOptions({
    queryKey: toolKeys.usage(toolId),
    queryFn: () => fetchJson<ToolUsage>(apiUrl(["tools", toolId, "agents"])),
    staleTime: 0,
  });

export const mcpServersQuery = () =>
  queryOptions({
    queryKey: toolKeys.mcpServers(),
    queryFn: () => fetchJson<McpServerView[]>(apiUrl(["mcp-servers"])),
  });

export const mcpServerToolsQuery = (serverId: string) =>
  queryOptions({
    queryKey: toolKeys.mcpServerTools(serverId),
    queryFn: () => fetchJson<ToolSummary[]>(apiUrl(["mcp-servers", serverId, "tools"])),
  });
