import Link from "next/link";

/** The agent page's way to its runs (and from there to the inspector). */
export function RunsLink({ agentId }: { agentId: string }) {
  return (
    <Link
      href={`/agents/${encodeURIComponent(agentId)}/runs`}
      className="text-sm text-blue-700 underline dark:text-blue-400"
    >
      Runs and usage
    </Link>
  );
}
