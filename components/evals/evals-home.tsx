"use client";

import { Button } from "@/components/ui/button";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ErrorPanel } from "@/components/error-panel";
import { unwrap } from "@/lib/actions/result";
import { createDatasetAction } from "@/lib/evals/actions";
import { datasetMetaSchema, fieldErrors } from "@/lib/evals/validate";
import { formatDateTime } from "@/lib/format";
import { ImportDataset } from "./import-dataset";
import { ImportLettaEvals } from "./import-letta-evals";
import { DatasetMetaFields } from "./dataset-meta-fields";
import { ExperimentList, type ExperimentRow } from "./experiment-list";
import { cellClass, errorBody, linkClass, mutedText, sectionClass, tableClass } from "./styles";

export interface DatasetRow {
  id: string;
  name: string;
  cases: number;
  graders: number;
  updatedAt: string;
}

function CreateDatasetForm() {
  const router = useRouter();
  const [values, setValues] = useState({ name: "", description: "", gate: "1" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: (input: unknown) => unwrap(createDatasetAction(input)),
    onSuccess: (dataset) => router.push(`/evals/datasets/${dataset.id}`),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = datasetMetaSchema.safeParse(values);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    create.mutate(parsed.data);
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="New dataset" className="space-y-3">
      <DatasetMetaFields prefix="new-dataset" values={values} errors={errors} onChange={setValues} />
      {create.error ? <ErrorPanel title="The dataset was not created" error={errorBody(create.error)} /> : null}
      <Button type="submit" variant="primary" disabled={create.isPending || create.isSuccess}>
        {create.isPending ? "Creating…" : "Create dataset"}
      </Button>
    </form>
  );
}

/** `/evals`: the datasets, a form for a new one, the import, and the latest experiments. */
export function EvalsHome({ datasets, experiments }: { datasets: DatasetRow[]; experiments: ExperimentRow[] }) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="datasets-heading" className={sectionClass}>
        <h2 id="datasets-heading" className="text-base font-semibold">
          Datasets
        </h2>
        {datasets.length === 0 ? (
          <p className={`text-sm ${mutedText}`}>No datasets yet: create one or import a file.</p>
        ) : (
          <table className={tableClass}>
            <thead>
              <tr>
                <th className={cellClass}>Name</th>
                <th className={cellClass}>Cases</th>
                <th className={cellClass}>Graders</th>
                <th className={cellClass}>Updated</th>
              </tr>
            </thead>
            <tbody>
              {datasets.map((dataset) => (
                <tr key={dataset.id}>
                  <td className={cellClass}>
                    <Link className={linkClass} href={`/evals/datasets/${dataset.id}`}>
                      {dataset.name}
                    </Link>
                  </td>
                  <td className={cellClass}>{dataset.cases}</td>
                  <td className={cellClass}>{dataset.graders}</td>
                  <td className={cellClass}>{formatDateTime(dataset.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="new-dataset-heading" className={sectionClass}>
          <h2 id="new-dataset-heading" className="text-base font-semibold">
            New dataset
          </h2>
          <CreateDatasetForm />
        </section>
        <section aria-labelledby="import-dataset-heading" className={sectionClass}>
          <h2 id="import-dataset-heading" className="text-base font-semibold">
            Import a dataset
          </h2>
          <ImportDataset />
        </section>
      </div>
      {/* The import is a section with its own heading. */}
      <div className={sectionClass}>
        <ImportLettaEvals />
      </div>
      <section aria-labelledby="experiments-heading" className={sectionClass}>
        <h2 id="experiments-heading" className="text-base font-semibold">
          Latest experiments
        </h2>
        <ExperimentList experiments={experiments} />
      </section>
    </div>
  );
}
