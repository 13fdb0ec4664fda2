"use client";

import dynamic from "next/dynamic";
import type { RunSummary } from "@/lib/inspector/types";

const RunsChart = dynamic(() => import("./runs-chart"), {
  ssr: false,
  loading: () => <p className="text-xs text-zinc-500">Loading the chart…</p>,
});

/** The chart of tokens per run, oldest left; its data also as a table for screen readers. */
export function RunsChartLazy({ runs }: { runs: RunSummary[] }) {
  const points = runs
    .map((run) => ({ id: run.id, time: Date.parse(run.createdAt), tokens: run.usage.totalTokens }))
    .filter((point) => !Number.isNaN(point.time))
    .sort((a, b) => a.time - b.time);
  if (points.length === 0) return null;
  return (
    <figure
      aria-label="Tokens per run over time"
      className="rounded-lg border border-zinc-200 p-2 dark:border-zinc-800"
    >
      <figcaption className="text-xs font-semibold">Tokens per run over time (this page)</figcaption>
      <RunsChart points={points} />
    </figure>
  );
}
