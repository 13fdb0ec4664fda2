import Link from "next/link";

/** The agent page's way to its runs (and from there to the inspector), styled like the actions beside it. */
export function RunsLink({ agentId }: { agentId: string }) {
  return (
    <Link
      href={`/agents/${encodeURIComponent(agentId)}/runs`}
      className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-blue-500 dark:border-zinc-700 dark:hover:bg-zinc-800"
    >
      Runs and usage
    </Link>
  );
}
