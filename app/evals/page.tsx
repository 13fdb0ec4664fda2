import type { Metadata } from "next";
import { EvalsHome } from "@/components/evals/evals-home";
import { resumeExperiments } from "@/lib/evals/runner/runner";
import { experimentRows } from "@/lib/evals/experiments";
import { listDatasets, listExperiments } from "@/lib/evals/store";

export const metadata: Metadata = { title: "Evals" };
export const dynamic = "force-dynamic";

/** `/evals`: datasets of test cases, and the experiments that ran them against agents. */
export default async function EvalsPage() {
  void resumeExperiments();
  const [datasets, experiments] = await Promise.all([listDatasets(), listExperiments()]);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">Evals</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Datasets of test cases and graders; experiments run them against agents, each case on a fresh copy.
        </p>
      </div>
      <EvalsHome
        datasets={datasets.map((dataset) => ({
          id: dataset.id,
          name: dataset.name,
          cases: dataset.cases.length,
          graders: dataset.graders.length,
          updatedAt: dataset.updatedAt,
        }))}
        experiments={await experimentRows(experiments.slice(0, 20))}
      />
    </div>
  );
}
