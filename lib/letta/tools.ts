import "server-only";
import { withLetta } from "./client";

/** A tool that can be attached at create time, by name. */
export interface ToolOption {
  id: string;
  name: string;
  description: string | null;
  toolType: string;
}

const TOOL_LIMIT = 200;

/** Custom tools (made by people, not the server's built-ins) that can be attached to a new agent. */
export async function listAttachableTools(): Promise<ToolOption[]> {
  return withLetta(async (client) => {
    const page = await client.tools.list({ limit: TOOL_LIMIT, tool_types: ["custom", "external_mcp", "external_composio", "external_langchain"] });
    return page
      .getPaginatedItems()
      .flatMap((tool) => (tool.name ? [{ id: tool.id, name: tool.name, description: tool.description ?? null, toolType: tool.tool_type ?? "custom" }] : []))
      .sort((a, b) => a.name.localeCompare(b.name));
  });
}
