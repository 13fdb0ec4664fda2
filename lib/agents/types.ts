import type { AgentSettings } from "./settings";

// The ADE's own views of agents, shared by the server (lib/letta) and the browser.

/** The app's own view of an agent in a list. */
export interface AgentSummary {
  id: string;
  name: string;
  model: string | null;
  agentType: string;
  tags: string[];
  /** Null unless the agent was loaded with `include: ['agent.blocks', 'agent.tools']` (see listAgentCounts). */
  blockCount: number | null;
  toolCount: number | null;
  sleeptime: boolean;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface AgentPage {
  agents: AgentSummary[];
  /** Cursor for the next page, or null on the last one. */
  nextCursor: string | null;
}

export type AgentCounts = Record<string, { blocks: number; tools: number }>;

export interface AgentDetail extends AgentSummary {
  description: string | null;
  system: string;
  toolNames: string[];
  /** The sleep-time agent that shares this agent's memory, if any. */
  sleeptimeAgent: { id: string; name: string | null } | null;
  groupId: string | null;
}

/** The agent's settings and what identifies it, as the settings panel shows them. */
export interface AgentSettingsView {
  settings: AgentSettings;
  info: {
    id: string;
    agentType: string;
    modelHandle: string | null;
    /** The model's name and provider type as the server stores them (for what the model supports). */
    modelName: string;
    providerType: string;
    sleeptimeAgent: { id: string; name: string | null } | null;
    groupId: string | null;
    updatedAt: string | null;
  };
}
