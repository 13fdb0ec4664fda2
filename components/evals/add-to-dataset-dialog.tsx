"use client";

import { Button } from "@/components/ui/button";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Field, inputClass, inputId, invalidProps } from "@/components/ui/field";
import { InlineError } from "@/components/ui/inline-error";
import { unwrap } from "@/lib/actions/result";
import { addRunToDatasetAction } from "@/lib/evals/actions";
import { addRunToDatasetInput } from "@/lib/evals/schema";
import { fieldErrors } from "@/lib/evals/validate";
import { queryKeys } from "@/lib/query-keys";
import { datasetChoicesQuery } from "./queries";
import { errorBody } from "./styles";

const NEW = "new";

/** The turn's user messages become a case, its reply the expected answer, in a dataset or a new one. */
export default function AddToDatasetDialog({ runId, onClose }: { runId: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const datasets = useQuery(datasetChoicesQuery());
  const [choice, setChoice] = useState<string | null>(null);
  const [newName, setNewName] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const chosen = choice ?? datasets.data?.[0]?.id ?? NEW;
  const add = useMutation({
    mutationFn: (input: unknown) => unwrap(addRunToDatasetAction(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.evalDatasets() }),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = chosen === NEW ? { runId, newDatasetName: newName || undefined } : { runId, datasetId: chosen };
    const parsed = addRunToDatasetInput.safeParse(input);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    add.mutate(parsed.data);
  };
  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent
        title="Add to dataset"
        description="The turn's message becomes a case; its reply, the expected answer."
      >
        {add.isSuccess ? (
          <div className="space-y-3 text-sm">
            <p role="status">
              Added as {add.data.caseId}.{" "}
              <Link
                className="text-blue-700 underline dark:text-blue-300"
                href={`/evals/datasets/${add.data.datasetId}`}
              >
                Open the dataset
              </Link>
            </p>
            <Button type="button" variant="secondary" onClick={onClose}>
              Close
            </Button>
          </div>
        ) : (
          <form onSubmit={onSubmit} noValidate aria-label="Add to dataset" className="space-y-3">
            <Field label="Dataset" field="add-dataset">
              <select
                id={inputId("add-dataset")}
                className={inputClass}
                value={chosen}
                onChange={(event) => setChoice(event.target.value)}
              >
                {(datasets.data ?? []).map((dataset) => (
                  <option key={dataset.id} value={dataset.id}>
                    {dataset.name} ({dataset.cases} cases)
                  </option>
                ))}
                <option value={NEW}>A new dataset…</option>
              </select>
            </Field>
            {datasets.isError ? <InlineError error={errorBody(datasets.error)} /> : null}
            {chosen === NEW ? (
              <Field label="New dataset's name" field="add-new-name" error={errors.newDatasetName}>
                <input
                  id={inputId("add-new-name")}
                  className={inputClass}
                  value={newName}
                  onChange={(event) => setNewName(event.target.value)}
                  {...invalidProps("add-new-name", errors.newDatasetName)}
                />
              </Field>
            ) : null}
            {add.error ? <InlineError error={errorBody(add.error)} /> : null}
            <div className="flex gap-2">
              <Button type="submit" variant="primary" disabled={add.isPending}>
                {add.isPending ? "Adding…" : "Add the case"}
              </Button>
              <Button type="button" variant="secondary" onClick={onClose}>
                Cancel
              </Button>
            </div>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
