import type { AgentSummary } from "@/lib/agents/types";

interface Named {
  id: string;
  name: string;
}

/**
 * The agents to offer beside `a`: its clones first (names that start with its name, newest first as the server
 * lists them), then the newest agents; never `a` itself, each once.
 */
export function suggestPartners(
  a: Named | null,
  byName: readonly Pick<AgentSummary, "id" | "name">[],
  newest: readonly Pick<AgentSummary, "id" | "name">[],
): Named[] {
  const clones = a ? byName.filter((agent) => agent.id !== a.id && agent.name.startsWith(a.name)) : [];
  const seen = new Set<string>(a ? [a.id] : []);
  const result: Named[] = [];
  for (const agent of [...clones, ...newest]) {
    if (seen.has(agent.id)) continue;
    seen.add(agent.id);
    result.push({ id: agent.id, name: agent.name });
  }
  return result;
}
