import "server-only";
import type Letta from "@letta-ai/letta-client";
import type { AgentState } from "@letta-ai/letta-client/resources/agents/agents";
import type { BlockResponse } from "@letta-ai/letta-client/resources/blocks/blocks";
import type { BlockAgentRef } from "@/lib/memory/types";

/**
 * What the agent page's render has just read of an agent (the agent, its blocks and who uses them), kept a few
 * seconds for the agent's watch, which the page opens a moment later from another request: the watch starts from
 * these instead of asking Letta again. Each is taken once, and an ADE write that changes what it says forgets it.
 */
const KEEP_MS = 10_000;

interface Recent<T> {
  at: number;
  value: T;
}

export interface RecentBlocks {
  blocks: BlockResponse[];
  agents: Map<string, BlockAgentRef[]>;
}

type Store<T> = Map<string, Recent<T>>;

// On globalThis: Next.js loads this module once per bundle (the page's render, the watch's route).
const scope = globalThis as typeof globalThis & { [key: symbol]: Store<unknown> | undefined };
const agents = (scope[Symbol.for("letta-ade.recent-agents")] ??= new Map()) as Store<AgentState>;
const blocks = (scope[Symbol.for("letta-ade.recent-blocks")] ??= new Map()) as Store<RecentBlocks>;

/** The same Letta server and credentials (the SDK client's settings), then the agent. */
function keyOf(client: Letta, agentId: string): string {
  return JSON.stringify([client.baseURL, client.apiKey ?? "", client.projectID ?? "", agentId]);
}

function put<T>(store: Store<T>, client: Letta, agentId: string, value: T) {
  const now = Date.now();
  for (const [key, recent] of store) if (now - recent.at > KEEP_MS) store.delete(key);
  store.set(keyOf(client, agentId), { at: now, value });
}

function take<T>(store: Store<T>, client: Letta, agentId: string): T | null {
  const key = keyOf(client, agentId);
  const recent = store.get(key);
  store.delete(key);
  return recent && Date.now() - recent.at <= KEEP_MS ? recent.value : null;
}

export const rememberAgent = (client: Letta, agent: AgentState) => put(agents, client, agent.id, agent);
export const takeRecentAgent = (client: Letta, agentId: string) => take(agents, client, agentId);
export const rememberBlocks = (client: Letta, agentId: string, value: RecentBlocks) =>
  put(blocks, client, agentId, value);
export const takeRecentBlocks = (client: Letta, agentId: string) => take(blocks, client, agentId);

/** An ADE write changed the agent (its sleep-time agent, its blocks): what was read of it before is no longer news. */
export function forgetRecentReads(client: Letta, agentId: string): void {
  agents.delete(keyOf(client, agentId));
  blocks.delete(keyOf(client, agentId));
}
