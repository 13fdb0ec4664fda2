import Link from "next/link";
import type { GroupAgentRef } from "@/lib/groups/types";

export function AgentLink({ agent }: { agent: GroupAgentRef }) {
  if (agent.name === null) return <span className="font-mono text-zinc-500">{agent.id} (no longer on the server)</span>;
  return (
    <Link href={`/agents/${agent.id}`} className="underline">
      {agent.name}
    </Link>
  );
}
