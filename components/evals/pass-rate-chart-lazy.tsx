"use client";

import dynamic from "next/dynamic";
import type { ExperimentRow } from "@/lib/evals/rows";
import type { PassRatePoint } from "./pass-rate-chart";

const PassRateChart = dynamic(() => import("./pass-rate-chart"), {
  ssr: false,
  loading: () => <p className="text-xs text-zinc-500">Loading the chart…</p>,
});

/** The chart of each agent's pass rate over its experiments, oldest first (the table below has the same figures). */
export function PassRateChartLazy({ experiments }: { experiments: ExperimentRow[] }) {
  const finished = experiments.filter((experiment) => experiment.agents.some((agent) => agent.finished > 0));
  if (finished.length < 2) return null;
  const names = new Map(finished.flatMap((experiment) => experiment.agents.map((agent) => [agent.id, agent.name])));
  const agents = [...names].map(([id, name]) => ({ id, name: name ?? id }));
  const points: PassRatePoint[] = finished.map((experiment, index) => ({
    label: `#${index + 1}`,
    ...Object.fromEntries(
      experiment.agents.map((agent) => [agent.id, agent.finished > 0 ? Math.round(agent.passRate * 1000) / 10 : null]),
    ),
  }));
  return (
    <figure
      aria-label="Pass rate per agent over experiments"
      className="rounded-lg border border-zinc-200 p-2 dark:border-zinc-800"
    >
      <figcaption className="text-xs font-semibold">Pass rate per agent over its experiments (oldest first)</figcaption>
      <PassRateChart points={points} agents={agents} />
    </figure>
  );
}
