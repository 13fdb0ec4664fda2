import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EvalsBreadcrumb } from "@/components/evals/breadcrumb";
import { DatasetEditor } from "@/components/evals/dataset-editor";
import { ExperimentList } from "@/components/evals/experiment-list";
import { PassRateChartLazy } from "@/components/evals/pass-rate-chart-lazy";
import { sectionClass } from "@/components/evals/styles";
import { experimentRows } from "@/lib/evals/experiments";
import { getDataset, listExperiments } from "@/lib/evals/store";
import { evalIdSchema } from "@/lib/evals/types";
import { listAgents } from "@/lib/letta/agents";
import { load } from "@/lib/load-result";

export const metadata: Metadata = { title: "Dataset" };
export const dynamic = "force-dynamic";

export default async function DatasetPage(props: PageProps<"/evals/datasets/[datasetId]">) {
  const id = evalIdSchema.safeParse((await props.params).datasetId);
  if (!id.success) notFound();
  const dataset = await getDataset(id.data);
  if (!dataset) notFound();
  const [experiments, agents] = await Promise.all([
    listExperiments({ datasetId: dataset.id }),
    load(() => listAgents({ limit: 10 })),
  ]);
  const rows = await experimentRows(experiments);
  return (
    <div className="space-y-4">
      <EvalsBreadcrumb here="dataset" />
      <h1 className="text-xl font-semibold">{dataset.name}</h1>
      <DatasetEditor
        initial={dataset}
        agentSuggestions={agents.ok ? agents.data.agents.map((agent) => ({ id: agent.id, name: agent.name })) : []}
      />
      <section aria-labelledby="dataset-experiments-heading" className={sectionClass}>
        <h2 id="dataset-experiments-heading" className="text-base font-semibold">
          Experiments of this dataset
        </h2>
        <PassRateChartLazy experiments={[...rows].reverse()} />
        <ExperimentList experiments={rows} />
      </section>
    </div>
  );
}
