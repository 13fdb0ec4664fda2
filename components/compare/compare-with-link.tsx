import Link from "next/link";

export function compareWithHref(agentId: string): string {
  return `/compare?a=${encodeURIComponent(agentId)}`;
}

/** The agent page's way to compare this agent with another (the pair picker, with this agent as A). */
export function CompareWithLink({ agentId }: { agentId: string }) {
  return (
    <Link
      href={compareWithHref(agentId)}
      className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-blue-500 dark:border-zinc-700 dark:hover:bg-zinc-800"
    >
      Compare with…
    </Link>
  );
}
