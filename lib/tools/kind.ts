/** How the ADE groups Letta's tool types: the server's own tools, tools people wrote, and MCP tools. */
export type ToolKind = "letta" | "custom" | "mcp" | "external";

export function toolKind(toolType: string | null | undefined): ToolKind {
  if (!toolType || toolType === "custom") return "custom";
  if (toolType === "external_mcp") return "mcp";
  if (toolType.startsWith("letta_")) return "letta";
  return "external";
}

export const toolKindLabel: Record<ToolKind, string> = {
  letta: "Letta base",
  custom: "Custom",
  mcp: "MCP",
  external: "External",
};
