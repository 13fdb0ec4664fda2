/** One memory block as the code recreates it. */
export interface CodeBlock {
  label: string;
  value: string;
  limit: number | null;
  description: string | null;
  readOnly: boolean;
}

/** A tool someone wrote: the code upserts it from its source before creating the agent. */
export interface CodeCustomTool {
  name: string;
  sourceCode: string;
  description: string | null;
  jsonSchema: Record<string, unknown> | null;
  pipRequirements: { name: string; version?: string | null }[];
}

/** Everything the generated code needs to recreate an agent, read from the server (no secrets in it). */
export interface AgentCodeSpec {
  /** The active connection's server URL. */
  baseUrl: string;
  projectId: string | null;
  /** The agent the message snippet talks to. */
  agentId: string;
  name: string;
  description: string | null;
  agentType: string;
  model: string;
  embedding: string | null;
  system: string;
  tags: string[];
  llm: {
    temperature: number | null;
    contextWindow: number | null;
    maxTokens: number | null;
    reasoning: boolean | null;
    reasoningEffort: string | null;
  };
  blocks: CodeBlock[];
  /** Every attached tool by name (Letta's, custom and MCP). */
  toolNames: string[];
  customTools: CodeCustomTool[];
  toolRules: Record<string, unknown>[];
  sleeptime: { enabled: boolean; frequency: number | null };
}

export interface AgentCodeSnippets {
  create: string;
  message: string;
}
