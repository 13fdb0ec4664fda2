import Link from "next/link";

/** A bulleted list of agents, each a link to its page (who a deletion would affect). */
export function AgentLinkList({ label, agents }: { label: string; agents: { id: string; name: string }[] }) {
  return (
    <ul aria-label={label} className="mt-1 list-disc pl-5">
      {agents.map((agent) => (
        <li key={agent.id}>
          <Link href={`/agents/${agent.id}`} className="underline">
            {agent.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
