import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EvalsBreadcrumb } from "@/components/evals/breadcrumb";
import { ExperimentView } from "@/components/evals/experiment-view";
import { loadExperimentView } from "@/lib/evals/experiments";
import { resumeExperiments } from "@/lib/evals/runner/runner";
import { getExperiment, listExperiments } from "@/lib/evals/store";
import { evalIdSchema } from "@/lib/evals/types";

export const metadata: Metadata = { title: "Experiment" };
export const dynamic = "force-dynamic";

export default async function ExperimentPage(props: PageProps<"/evals/experiments/[experimentId]">) {
  const id = evalIdSchema.safeParse((await props.params).experimentId);
  if (!id.success) notFound();
  void resumeExperiments();
  const record = await getExperiment(id.data);
  if (!record) notFound();
  const [view, siblings] = await Promise.all([
    loadExperimentView(id.data),
    listExperiments({ datasetId: record.experiment.datasetId }),
  ]);
  return (
    <div className="space-y-4">
      <EvalsBreadcrumb here="experiment" />
      <h1 className="text-xl font-semibold">Experiment: {record.experiment.dataset.name}</h1>
      <ExperimentView
        initial={view}
        others={siblings
          .filter((other) => other.experiment.id !== id.data)
          .slice(0, 5)
          .map((other) => ({ id: other.experiment.id, createdAt: other.experiment.createdAt }))}
      />
    </div>
  );
}
