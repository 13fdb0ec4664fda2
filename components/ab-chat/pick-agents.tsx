import Link from "next/link";

/** What the A/B page says when it cannot show two agents, with the way to pick them. */
export function PickAgents({ problem }: { problem: string }) {
  return (
    <div className="space-y-3">
      <h1 className="text-lg font-semibold">A/B chat</h1>
      <p role="alert" className="text-sm">
        {problem}
      </p>
      <Link href="/compare" className="text-sm text-blue-700 underline underline-offset-2 dark:text-blue-400">
        Pick two agents
      </Link>
    </div>
  );
}
