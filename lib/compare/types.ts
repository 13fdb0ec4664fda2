import type { AgentCodeSpec, CodeBlock } from "@/lib/agent-code/spec";

/** A memory block of one side, with its id (to save a copy onto it). */
export interface CompareBlock extends CodeBlock {
  id: string;
}

export interface CompareTool {
  id: string;
  name: string;
}

/**
 * One agent as the compare view reads it: its whole definition (the same reading as the Code view's) with the
 * ids a copy needs (blocks, tools, the sleep-time group).
 */
export interface CompareSide extends Omit<AgentCodeSpec, "baseUrl" | "projectId" | "blocks" | "customTools"> {
  blocks: CompareBlock[];
  tools: CompareTool[];
  /** The sleep-time group (its frequency is saved on it); null without sleep-time. */
  sleeptimeGroupId: string | null;
}
