"use server";

import { runAction } from "@/lib/actions/run-action";
import { createMcpServer, deleteMcpServer, refreshMcpServer } from "@/lib/letta/mcp-servers";
import { createMcpServerInput, mcpServerIdInput } from "@/lib/tools/schema";

export async function createMcpServerAction(input: unknown) {
  return runAction(createMcpServerInput, input, (server) => createMcpServer(server));
}

export async function deleteMcpServerAction(input: unknown) {
  return runAction(mcpServerIdInput, input, async ({ serverId }) => {
    await deleteMcpServer(serverId);
    return null;
  });
}

/** Asks the server to list the MCP server's tools again. */
export async function refreshMcpServerAction(input: unknown) {
  return runAction(mcpServerIdInput, input, async ({ serverId }) => {
    await refreshMcpServer(serverId);
    return null;
  });
}
