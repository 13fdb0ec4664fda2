import type Letta from "@letta-ai/letta-client";
import type { AgentCreateParams } from "@letta-ai/letta-client/resources/agents/agents";
import { randomUUID } from "node:crypto";
import { scriptedModel } from "./test-stack";

/** A short id that makes names and tags of one test unique on a shared server. */
export const runId = () => randomUUID().slice(0, 8);

/** Runs tasks with at most `limit` in flight. */
export async function bounded<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A light agent on the scripted model (one block, no embedding). */
export function lightAgent(name: string, extra: Partial<AgentCreateParams> = {}): AgentCreateParams {
  return { name, model: scriptedModel, memory_blocks: [{ label: "persona", value: "A test agent." }], ...extra };
}

export async function deleteAgents(letta: Letta, ids: readonly string[]): Promise<void> {
  await bounded(ids, 8, (id) => letta.agents.delete(id).catch(() => undefined));
}

/** The agent id at the end of an /agents/<id> URL. */
export function agentIdFromUrl(url: string): string {
  const match = /\/agents\/(agent-[0-9a-f-]+)$/.exec(new URL(url).pathname);
  if (!match?.[1]) throw new Error(`not an agent page: ${url}`);
  return match[1];
}
