import type { ToolKind } from "./kind";
import type { PipRequirement } from "./pip";
import type { EditableRule } from "./rules";

/** A tool as lists show it. */
export interface ToolSummary {
  id: string;
  name: string;
  description: string | null;
  toolType: string;
  kind: ToolKind;
  /** The MCP server a tool comes from (from its `mcp:<server>` tag), else null. */
  mcpServer: string | null;
}

export interface ToolDetail extends ToolSummary {
  sourceCode: string | null;
  jsonSchema: Record<string, unknown> | null;
  pipRequirements: PipRequirement[];
  tags: string[];
}

/** A tool attached to an agent, with whether the agent must ask before running it. */
export interface AgentTool extends ToolSummary {
  jsonSchema: Record<string, unknown> | null;
  requiresApproval: boolean;
}

export interface AgentToolsView {
  tools: AgentTool[];
  /** The agent's tool rules except the approval ones (shown per tool). */
  rules: EditableRule[];
}

export interface ToolRunResult {
  status: "success" | "error";
  result: string;
  stdout: string[];
  stderr: string[];
}

interface AgentRef {
  id: string;
  name: string;
}

/** Which agents use a tool; `complete` is false when there were more agents than the ADE looked through. */
export interface ToolUsage {
  agents: AgentRef[];
  complete: boolean;
}

export type McpServerType = "stdio" | "sse" | "streamable_http";

/** An MCP server as the browser may see it: header and variable names, never their values. */
export interface McpServerView {
  id: string;
  name: string;
  type: McpServerType;
  command: string | null;
  args: string[];
  url: string | null;
  headerNames: string[];
  envNames: string[];
  hasAuthToken: boolean;
}

/** A tool that can be attached at create time, by name. */
export interface ToolOption {
  id: string;
  name: string;
  description: string | null;
  toolType: string;
}
