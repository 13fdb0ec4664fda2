"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ErrorPanel } from "@/components/error-panel";
import { unwrap } from "@/lib/actions/result";
import { importDatasetAction } from "@/lib/evals/actions";
import { datasetFileText } from "@/lib/evals/dataset-file";
import { LettaEvalsImport } from "./letta-evals-import";
import { errorBody } from "./styles";

/** A letta-evals suite read by the import component, saved as a new dataset. */
export function ImportLettaEvals() {
  const router = useRouter();
  const save = useMutation({
    mutationFn: (text: string) => unwrap(importDatasetAction({ text })),
    onSuccess: (dataset) => router.push(`/evals/datasets/${dataset.id}`),
  });
  return (
    <div className="space-y-3">
      <LettaEvalsImport onImport={(dataset) => save.mutate(datasetFileText(dataset))} />
      {save.error ? <ErrorPanel title="The suite was not saved" error={errorBody(save.error)} /> : null}
    </div>
  );
}
