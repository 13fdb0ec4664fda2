import "server-only";
import type {
  McpServerCreateParams,
  McpServerListResponse,
} from "@letta-ai/letta-client/resources/mcp-servers/mcp-servers";
import type { McpServerInput } from "@/lib/tools/mcp";
import type { McpServerView, ToolSummary } from "@/lib/tools/types";
import { withLetta } from "./client";
import { toToolSummary } from "./tools";

type ServerMcpServer = McpServerListResponse[number];

/** Narrows the server's answer, which holds header values, tokens and environment values, to names only. */
function toView(server: ServerMcpServer): McpServerView {
  const base = { id: server.id ?? "", name: server.server_name };
  if ("command" in server) {
    return {
      ...base,
      type: "stdio",
      command: server.command,
      args: server.args,
      url: null,
      headerNames: [],
      envNames: Object.keys(server.env ?? {}),
      hasAuthToken: false,
    };
  }
  return {
    ...base,
    type: server.mcp_server_type === "sse" ? "sse" : "streamable_http",
    command: null,
    args: [],
    url: server.server_url,
    headerNames: Object.keys(server.custom_headers ?? {}),
    envNames: [],
    hasAuthToken: Boolean(server.auth_token),
  };
}

export async function listMcpServers(): Promise<McpServerView[]> {
  return withLetta(async (client) =>
    (await client.mcpServers.list()).map(toView).sort((a, b) => a.name.localeCompare(b.name)),
  );
}

function createParams(input: McpServerInput): McpServerCreateParams {
  if (input.type === "stdio") {
    return {
      server_name: input.name,
      config: { mcp_server_type: "stdio", command: input.command, args: input.args, env: input.env },
    };
  }
  return {
    server_name: input.name,
    config: { mcp_server_type: input.type, server_url: input.url, custom_headers: input.headers },
  };
}

/** Adds an MCP server; the Letta server connects to it and stores its tools (best effort: a server it cannot reach is kept without tools). */
export async function createMcpServer(input: McpServerInput): Promise<McpServerView> {
  return withLetta(async (client) => toView(await client.mcpServers.create(createParams(input), { timeout: 90_000 })));
}

export async function deleteMcpServer(serverId: string): Promise<void> {
  await withLetta((client) => client.mcpServers.delete(serverId));
}

/** The MCP server's tools as Letta stored them (each a tool that can be attached to agents). */
export async function listMcpServerTools(serverId: string): Promise<ToolSummary[]> {
  return withLetta(async (client) =>
    (await client.mcpServers.tools.list(serverId)).map(toToolSummary).sort((a, b) => a.name.localeCompare(b.name)),
  );
}

/** Asks the MCP server for its tools again and updates Letta's copies. */
export async function refreshMcpServer(serverId: string): Promise<void> {
  await withLetta((client) => client.mcpServers.refresh(serverId, {}, { timeout: 90_000 }));
}
