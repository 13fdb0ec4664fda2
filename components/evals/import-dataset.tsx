"use client";

import { Button } from "@/components/ui/button";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ErrorPanel } from "@/components/error-panel";
import { fileInputClass, inputId } from "@/components/ui/field";
import { unwrap } from "@/lib/actions/result";
import { importDatasetAction } from "@/lib/evals/actions";
import { parseDatasetFile } from "@/lib/evals/dataset-file";
import { DATASET_FILE_MAX_BYTES } from "@/lib/evals/schema";
import { errorBody, mutedText } from "./styles";

/** Imports the ADE's dataset JSON; a malformed file is refused with its line and the reason before anything is sent. */
export function ImportDataset() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const importing = useMutation({
    mutationFn: (text: string) => unwrap(importDatasetAction({ text })),
    onSuccess: (dataset) => router.push(`/evals/datasets/${dataset.id}`),
  });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setProblem("Choose a dataset file (.json) first.");
    if (file.size > DATASET_FILE_MAX_BYTES) return setProblem("The file is larger than 5 MB.");
    const text = await file.text();
    const parsed = parseDatasetFile(text);
    if (!parsed.ok) return setProblem(`${file.name} was not imported. ${parsed.error}`);
    setProblem(null);
    importing.mutate(text);
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Import a dataset" className="space-y-3">
      <p className={`text-sm ${mutedText}`}>A dataset file exported from the ADE (JSON).</p>
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor={inputId("dataset-file")} className="font-medium">
          Dataset file
        </label>
        <input
          id={inputId("dataset-file")}
          type="file"
          accept=".json,application/json"
          className={fileInputClass}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setProblem(null);
          }}
          {...(problem ? { "aria-invalid": true, "aria-describedby": "dataset-file-problem" } : {})}
        />
      </div>
      {problem ? (
        <p id="dataset-file-problem" role="alert" className="text-sm text-red-700 dark:text-red-400">
          {problem}
        </p>
      ) : null}
      {importing.error ? <ErrorPanel title="The dataset was not imported" error={errorBody(importing.error)} /> : null}
      <Button type="submit" variant="primary" disabled={importing.isPending}>
        {importing.isPending ? "Importing…" : "Import dataset"}
      </Button>
    </form>
  );
}
