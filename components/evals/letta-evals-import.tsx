"use client";

import { Button } from "@/components/ui/button";
import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { fileInputClass } from "@/components/ui/field";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { unwrap } from "@/lib/actions/result";
import { importLettaEvalsSuiteAction } from "@/lib/evals/letta-evals/actions";
import { MAX_IMPORT_BYTES } from "@/lib/evals/letta-evals/import-input";
import type { SuiteFile, SuiteImportResult, Unmapped } from "@/lib/evals/letta-evals/types";
import type { Dataset } from "@/lib/evals/types";

async function read(file: File): Promise<SuiteFile> {
  return { name: file.name, text: await file.text() };
}

/**
 * Imports a letta-evals suite: choose its YAML, its dataset (JSONL) and any rubric files; the server reads them
 * and answers the errors with their lines, or the dataset and what could not be carried over. "Use this dataset"
 * hands the dataset to `onImport`.
 */
export function LettaEvalsImport({ onImport }: { onImport: (dataset: Dataset, unmapped: Unmapped[]) => void }) {
  const id = useId();
  const [suite, setSuite] = useState<File | null>(null);
  const [dataset, setDataset] = useState<File | null>(null);
  const [rubrics, setRubrics] = useState<File[]>([]);
  const [tooLarge, setTooLarge] = useState(false);
  const importing = useMutation({
    mutationFn: async (): Promise<SuiteImportResult> => {
      if (!suite) throw new Error("Choose the suite's YAML file.");
      const files = await Promise.all(rubrics.map(read));
      return unwrap(
        importLettaEvalsSuiteAction({ suite: await read(suite), dataset: dataset ? await read(dataset) : null, files }),
      );
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const bytes = [suite, dataset, ...rubrics].reduce((sum, file) => sum + (file?.size ?? 0), 0);
    setTooLarge(bytes > MAX_IMPORT_BYTES);
    if (bytes > MAX_IMPORT_BYTES || !suite) return;
    importing.mutate();
  };
  const result = importing.data;

  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3 text-sm">
      <h2 id={`${id}-title`} className="text-base font-semibold">
        Import a letta-evals suite
      </h2>
      <form onSubmit={submit} className="flex flex-col gap-3" aria-describedby={`${id}-hint`}>
        <p id={`${id}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
          The suite YAML of letta-evals 0.26, the dataset it names (JSONL) and the rubric files its model judges read
          (prompt_path).
        </p>
        <FileField
          label="Suite (YAML)"
          accept=".yaml,.yml"
          onChange={(files) => {
            setSuite(files[0] ?? null);
            importing.reset();
          }}
          required
        />
        <FileField
          label="Dataset (JSONL)"
          accept=".jsonl,.json,.txt"
          onChange={(files) => {
            setDataset(files[0] ?? null);
            importing.reset();
          }}
        />
        <FileField
          label="Rubric files"
          accept=".txt,.md,.j2,.jinja"
          multiple
          onChange={(files) => {
            setRubrics(files);
            importing.reset();
          }}
        />
        {tooLarge ? (
          <p role="alert" className="text-xs text-red-700 dark:text-red-400">
            The files are too large to import together (about 900 KB at most).
          </p>
        ) : null}
        <div>
          <Button variant="primary" type="submit" disabled={!suite || importing.isPending}>
            {importing.isPending ? "Reading the suite…" : "Read suite"}
          </Button>
        </div>
      </form>

      {importing.error ? <InlineError error={toErrorBody(importing.error)} /> : null}
      {result && !result.ok ? <ImportErrors result={result} /> : null}
      {result?.ok ? (
        <div className="flex flex-col gap-3" role="region" aria-label="Imported suite">
          <p role="status">
            Read <strong>{result.dataset.name}</strong>: {count(result.dataset.cases.length, "case")},{" "}
            {count(result.dataset.graders.length, "grader")}.
          </p>
          <UnmappedList unmapped={result.unmapped} />
          <div>
            <Button variant="primary" onClick={() => onImport(result.dataset, result.unmapped)}>
              Use this dataset
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

function FileField({
  label,
  accept,
  multiple = false,
  required = false,
  onChange,
}: {
  label: string;
  accept: string;
  multiple?: boolean;
  required?: boolean;
  onChange: (files: File[]) => void;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        required={required}
        onChange={(event) => onChange([...(event.target.files ?? [])])}
        className={fileInputClass}
      />
    </div>
  );
}

function ImportErrors({ result }: { result: Extract<SuiteImportResult, { ok: false }> }) {
  return (
    <div
      role="alert"
      aria-labelledby="letta-evals-import-errors"
      className="rounded border border-red-300 bg-red-50 p-2 text-xs text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
    >
      <p id="letta-evals-import-errors" className="font-medium">
        The suite was not imported: {count(result.errors.length, "problem")}.
      </p>
      {result.missingFiles.length > 0 ? <p>Choose these files too: {result.missingFiles.join(", ")}.</p> : null}
      <ul className="mt-1 list-disc pl-5">
        {result.errors.map((error, index) => (
          <li key={index}>
            <span className="font-mono">
              {error.file}
              {error.line !== null ? `, line ${error.line}` : ""}
            </span>
            : {error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function UnmappedList({ unmapped }: { unmapped: Unmapped[] }) {
  if (unmapped.length === 0) return <p>Everything in the suite was carried over.</p>;
  return (
    <table className="w-full border-collapse text-xs">
      <caption className="mb-1 text-left text-sm font-medium">Not carried over ({unmapped.length})</caption>
      <thead>
        <tr className="border-b border-zinc-300 text-left dark:border-zinc-700">
          <th scope="col" className="py-1 pr-2">
            Where
          </th>
          <th scope="col" className="py-1 pr-2">
            What
          </th>
          <th scope="col" className="py-1">
            Why
          </th>
        </tr>
      </thead>
      <tbody>
        {unmapped.map((note, index) => (
          <tr key={index} className="border-b border-zinc-200 align-top dark:border-zinc-800">
            <td className="py-1 pr-2 font-mono">{note.where}</td>
            <td className="py-1 pr-2 font-mono break-all">{note.what}</td>
            <td className="py-1">{note.why}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
