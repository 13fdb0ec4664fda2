"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ErrorPanel } from "@/components/error-panel";
import { compareAgents } from "@/lib/compare/diff";
import { toErrorBody } from "@/lib/errors";
import { CompareItemView } from "./compare-item";
import { compareSideQuery } from "@/lib/compare/queries";
import { useCompareCopy, type CopyJob, type Pair } from "./use-compare-copy";

const linkClass = "text-sm text-blue-700 underline dark:text-blue-400";

/** Two agents side by side: a summary line, the differences (with copy buttons), then what is the same. */
export function CompareView({ a, b }: { a: string; b: string }) {
  const sideA = useQuery(compareSideQuery(a));
  const sideB = useQuery(compareSideQuery(b));
  if (sideA.isError || sideB.isError) {
    const [which, error] = sideA.isError ? ["A", sideA.error] : ["B", sideB.error];
    return (
      <div className="space-y-3">
        <h1 className="text-xl font-semibold">Compare agents</h1>
        <ErrorPanel title={`Could not load agent ${which}`} error={toErrorBody(error)} />
        <Link href={`/compare?a=${encodeURIComponent(a)}`} className={linkClass}>
          Choose other agents
        </Link>
      </div>
    );
  }
  if (!sideA.data || !sideB.data) {
    return (
      <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
        Loading both agents…
      </p>
    );
  }
  return <Comparison pair={{ A: sideA.data, B: sideB.data }} />;
}

function Comparison({ pair }: { pair: Pair }) {
  const result = compareAgents(pair.A, pair.B);
  const copy = useCompareCopy(pair);
  const run = (job: CopyJob) => copy.mutate(job);
  const query = (a: string, b: string) => `a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
  const failed = copy.isError && copy.variables ? copy.variables : null;
  return (
    <div className="space-y-4">
      <header className="space-y-2">
        <h1 className="text-xl font-semibold">Compare agents</h1>
        <div className="grid gap-3 sm:grid-cols-2">
          {(["A", "B"] as const).map((side) => (
            <div
              key={side}
              className="min-w-0 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900"
            >
              <p className="text-xs font-medium uppercase text-zinc-600 dark:text-zinc-400">Agent {side}</p>
              <h2 className="break-words text-base font-semibold">{pair[side].name}</h2>
              <Link href={`/agents/${encodeURIComponent(pair[side].agentId)}`} className={linkClass}>
                Open {side}&apos;s workspace
              </Link>
            </div>
          ))}
        </div>
        <nav aria-label="Comparison" className="flex flex-wrap gap-4">
          {/* Not prefetched: the A/B chat is its own heavy page, opened on purpose. */}
          <Link href={`/compare/chat?${query(pair.A.agentId, pair.B.agentId)}`} prefetch={false} className={linkClass}>
            A/B chat
          </Link>
          <Link href={`/compare?${query(pair.B.agentId, pair.A.agentId)}`} className={linkClass}>
            Swap A and B
          </Link>
          <Link href={`/compare?a=${encodeURIComponent(pair.A.agentId)}`} className={linkClass}>
            Choose other agents
          </Link>
        </nav>
      </header>
      <p role="status" aria-label="Summary" className="text-base font-medium">
        {result.summary}
      </p>
      {failed && copy.error ? (
        <div
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
        >
          <p className="font-medium">
            {failed.title}: {toErrorBody(copy.error).message}
          </p>
          <p>{toErrorBody(copy.error).hint}</p>
        </div>
      ) : null}
      {result.differences.length > 0 ? (
        <section aria-labelledby="compare-differences" className="space-y-3">
          <h2 id="compare-differences" className="text-lg font-semibold">
            Differences
          </h2>
          {result.differences.map((item) => (
            <CompareItemView key={item.id} item={item} pair={pair} run={run} busy={copy.isPending} />
          ))}
        </section>
      ) : null}
      {result.same.length > 0 ? (
        <details className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
          <summary className="cursor-pointer text-sm font-medium">
            {result.same.length === 1 ? "1 thing is the same" : `${result.same.length} things are the same`}
          </summary>
          <div className="mt-3 space-y-3">
            {result.same.map((item) => (
              <CompareItemView key={item.id} item={item} pair={pair} run={run} busy={copy.isPending} />
            ))}
          </div>
        </details>
      ) : null}
    </div>
  );
}
