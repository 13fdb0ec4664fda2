import Link from "next/link";
import type { AgentRef } from "@/lib/providers/types";

/** Agents as links to their pages, comma-separated; "—" for none. */
export function AgentLinks({ agents }: { agents: AgentRef[] }) {
  if (agents.length === 0) return <span className="text-zinc-400">—</span>;
  return (
    <>
      {agents.map((agent, index) => (
        <span key={agent.id}>
          {index > 0 ? ", " : null}
          <Link href={`/agents/${encodeURIComponent(agent.id)}`} className="underline">
            {agent.name}
          </Link>
        </span>
      ))}
    </>
  );
}
