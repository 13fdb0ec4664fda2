import type { Metadata } from "next";
import Link from "next/link";
import { ErrorPanel } from "@/components/error-panel";
import { ExperimentCompare } from "@/components/evals/experiment-compare";
import { compareExperiments } from "@/lib/evals/compare";
import { loadExperimentView } from "@/lib/evals/experiments";
import { evalIdSchema } from "@/lib/evals/types";
import { load } from "@/lib/load-result";

export const metadata: Metadata = { title: "Compare experiments" };
export const dynamic = "force-dynamic";

/** `/evals/compare?a=<experiment>&b=<experiment>`: two experiments of one dataset, case by case. */
export default async function CompareExperimentsPage(props: PageProps<"/evals/compare">) {
  const params = await props.searchParams;
  const a = evalIdSchema.safeParse(params.a);
  const b = evalIdSchema.safeParse(params.b);
  const heading = <h1 className="text-xl font-semibold">Compare experiments</h1>;
  if (!a.success || !b.success)
    return (
      <div className="space-y-4">
        {heading}
        <p className="text-sm">
          Open two experiments as /evals/compare?a=&lt;experiment id&gt;&amp;b=&lt;experiment id&gt;, or follow
          &quot;Compare with&quot; on an experiment&apos;s page.{" "}
          <Link className="text-blue-700 underline underline-offset-2 dark:text-blue-300" href="/evals">
            Back to the evals
          </Link>
        </p>
      </div>
    );
  const [first, second] = await Promise.all([
    load(() => loadExperimentView(a.data)),
    load(() => loadExperimentView(b.data)),
  ]);
  if (!first.ok) return <ErrorPanel title="Could not load experiment A" error={first.error} />;
  if (!second.ok) return <ErrorPanel title="Could not load experiment B" error={second.error} />;
  if (first.data.experiment.datasetId !== second.data.experiment.datasetId)
    return (
      <ErrorPanel
        title="These experiments cannot be compared"
        error={{
          code: "invalid_input",
          message: "The two experiments ran different datasets.",
          hint: "Pick two experiments of one dataset.",
        }}
      />
    );
  return (
    <div className="space-y-4">
      {heading}
      <ExperimentCompare
        a={{ id: first.data.experiment.id, createdAt: first.data.experiment.createdAt }}
        b={{ id: second.data.experiment.id, createdAt: second.data.experiment.createdAt }}
        comparison={compareExperiments(first.data, second.data)}
        agentNames={{ ...first.data.agentNames, ...second.data.agentNames }}
      />
    </div>
  );
}
