import Link from "next/link";

export function compareWithHref(agentId: string): string {
  return `/compare?a=${encodeURIComponent(agentId)}`;
}

/** The agent page's way to compare this agent with another (the pair picker, with this agent as A). */
export function CompareWithLink({ agentId }: { agentId: string }) {
  return (
    <Link href={compareWithHref(agentId)} className="text-sm text-blue-700 underline dark:text-blue-400">
      Compare with…
    </Link>
  );
}
