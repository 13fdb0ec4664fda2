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

/** Per SDK client (one per connection, lib/letta/client.ts), by agent id. */
const agents = new WeakMap<Letta, Map<string, Recent<AgentState>>>();
const blocks = new WeakMap<Letta, Map<string, Recent<RecentBlocks>>>();

function put<T>(store: WeakMap<Letta, Map<string, Recent<T>>>, client: Letta, agentId: string, value: T) {
  const byAgent = store.get(client) ?? new Map<string, Recent<T>>();
  store.set(client, byAgent);
  const now = Date.now();
  for (const [id, recent] of byAgent) if (now - recent.at > KEEP_MS) byAgent.delete(id);
  byAgent.set(agentId, { at: now, value });
}

function take<T>(store: WeakMap<Letta, Map<string, Recent<T>>>, client: Letta, agentId: string): T | null {
  const byAgent = store.get(client);
  const recent = byAgent?.get(agentId);
  byAgent?.delete(agentId);
  return recent && Date.now() - recent.at <= KEEP_MS ? recent.value : null;
}

export const rememberAgent = (client: Letta, agent: AgentState) => put(agents, client, agent.id, agent);
export const takeRecentAgent = (client: Letta, agentId: string) => take(agents, client, agentId);
export const rememberBlocks = (client: Letta, agentId: string, value: RecentBlocks) =>
  put(blocks, client, agentId, value);
export const takeRecentBlocks = (client: Letta, agentId: string) => take(blocks, client, agentId);

/** An ADE write changed the agent (its sleep-time agent, its blocks): what was read of it before is no longer news. */
export function forgetRecentReads(client: Letta, agentId: string): void {
  agents.get(client)?.delete(agentId);
  blocks.get(client)?.delete(agentId);
}
