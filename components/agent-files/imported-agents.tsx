import Link from "next/link";
import type { ImportedAgent } from "@/lib/agent-files/types";

export function ImportedAgents({ agents, verb }: { agents: ImportedAgent[]; verb: string }) {
  return (
    <div
      role="status"
      className="rounded-lg border border-green-300 bg-green-50 p-3 text-sm dark:border-green-900 dark:bg-green-950"
    >
      <p className="font-medium text-green-800 dark:text-green-200">
        {verb} {agents.length === 1 ? "1 agent" : `${agents.length} agents`}:
      </p>
      <ul className="mt-1 list-disc pl-5">
        {agents.map((agent) => (
          <li key={agent.id}>
            <Link href={`/agents/${agent.id}`} className="text-blue-700 hover:underline dark:text-blue-400">
              {agent.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
