"use client";

import { Button, buttonClass } from "@/components/ui/button";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { PickedAgent } from "@/components/compare/agent-combobox";
import { ErrorPanel } from "@/components/error-panel";
import { unwrap } from "@/lib/actions/result";
import {
  deleteDatasetAction,
  removeCaseAction,
  removeGraderAction,
  saveCaseAction,
  saveGraderAction,
  updateDatasetAction,
} from "@/lib/evals/actions";
import type { Dataset, EvalCase, GraderSpec } from "@/lib/evals/types";
import { datasetMetaSchema, fieldErrors } from "@/lib/evals/validate";
import { draftOfCase, emptyCaseDraft } from "./case-draft";
import { CaseForm } from "./case-form";
import { draftOfGrader, emptyGraderDraft, graderKinds } from "./grader-draft";
import { GraderForm } from "./grader-form";
import { ListSection } from "./list-section";
import { DatasetMetaFields } from "./dataset-meta-fields";
import { RunExperimentForm } from "./run-experiment-form";
import { cellClass, errorBody, mutedText, sectionClass } from "./styles";

type Editing = { kind: "new" } | { kind: "edit"; id: string } | null;

function freeId(prefix: string, taken: readonly { id: string }[]): string {
  const ids = new Set(taken.map((item) => item.id));
  for (let n = taken.length + 1; ; n += 1) if (!ids.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

function MetaForm({ dataset, onSaved }: { dataset: Dataset; onSaved: (dataset: Dataset) => void }) {
  const [values, setValues] = useState({
    name: dataset.name,
    description: dataset.description,
    gate: String(dataset.gate),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (input: unknown) => unwrap(updateDatasetAction(input)),
    onSuccess: onSaved,
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = datasetMetaSchema.safeParse(values);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    save.mutate({ datasetId: dataset.id, ...parsed.data });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Dataset settings" className="space-y-3">
      <DatasetMetaFields
        prefix="dataset"
        values={values}
        errors={errors}
        gateHint="npm run eval fails below it."
        onChange={setValues}
      />
      {save.error ? <ErrorPanel title="The dataset was not saved" error={errorBody(save.error)} /> : null}
      {save.isSuccess ? (
        <p role="status" className={`text-sm ${mutedText}`}>
          Saved.
        </p>
      ) : null}
      <Button type="submit" variant="primary" disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save dataset"}
      </Button>
    </form>
  );
}

const kindLabel = (kind: GraderSpec["kind"]) => graderKinds.find((item) => item.kind === kind)?.label ?? kind;

export function DatasetEditor({ initial, agentSuggestions }: { initial: Dataset; agentSuggestions: PickedAgent[] }) {
  const router = useRouter();
  const [dataset, setDataset] = useState(initial);
  const [editingCase, setEditingCase] = useState<Editing>(null);
  const [editingGrader, setEditingGrader] = useState<Editing>(null);
  const saveCase = useMutation({
    mutationFn: (input: { originalId?: string; evalCase: EvalCase }) =>
      unwrap(saveCaseAction({ datasetId: dataset.id, ...input })),
    onSuccess: (saved) => {
      setDataset(saved);
      setEditingCase(null);
    },
  });
  const removeCase = useMutation({
    mutationFn: (caseId: string) => unwrap(removeCaseAction({ datasetId: dataset.id, caseId })),
    onSuccess: setDataset,
  });
  const saveGrader = useMutation({
    mutationFn: (input: { originalId?: string; grader: GraderSpec }) =>
      unwrap(saveGraderAction({ datasetId: dataset.id, ...input })),
    onSuccess: (saved) => {
      setDataset(saved);
      setEditingGrader(null);
    },
  });
  const removeGrader = useMutation({
    mutationFn: (graderId: string) => unwrap(removeGraderAction({ datasetId: dataset.id, graderId })),
    onSuccess: setDataset,
  });
  const remove = useMutation({
    mutationFn: () => unwrap(deleteDatasetAction({ datasetId: dataset.id })),
    onSuccess: () => router.push("/evals"),
  });
  const editedCase =
    editingCase?.kind === "edit" ? dataset.cases.find((item) => item.id === editingCase.id) : undefined;
  const editedGrader =
    editingGrader?.kind === "edit" ? dataset.graders.find((item) => item.id === editingGrader.id) : undefined;
  const runProblem =
    dataset.cases.length === 0
      ? "Add a case to run the dataset."
      : dataset.graders.length === 0
        ? "Add a grader to run the dataset."
        : null;
  const mutationError = saveCase.error ?? removeCase.error ?? saveGrader.error ?? removeGrader.error ?? remove.error;

  return (
    <div className="space-y-6">
      <section aria-labelledby="settings-heading" className={sectionClass}>
        <div className="flex items-center justify-between gap-2">
          <h2 id="settings-heading" className="text-base font-semibold">
            Dataset
          </h2>
          <div className="flex gap-2">
            <a
              className={buttonClass({ variant: "secondary" })}
              href={`/api/evals/datasets/${dataset.id}/export`}
              download
            >
              Export as JSON
            </a>
            <Button
              type="button"
              variant="secondary"
              disabled={remove.isPending}
              onClick={() => {
                if (window.confirm(`Delete the dataset "${dataset.name}"? Its experiments stay.`)) remove.mutate();
              }}
            >
              Delete dataset
            </Button>
          </div>
        </div>
        <MetaForm dataset={dataset} onSaved={setDataset} />
      </section>

      {mutationError ? <ErrorPanel title="The change was not saved" error={errorBody(mutationError)} /> : null}

      <ListSection
        id="cases"
        title="Cases"
        count={dataset.cases.length}
        columns={["Case", "Messages", "Expected"]}
        rows={dataset.cases.map((item) => (
          <tr key={item.id}>
            <td className={`${cellClass} font-mono text-xs`}>{item.id}</td>
            <td className={`${cellClass} whitespace-pre-wrap break-words`}>{item.input.join("\n— ")}</td>
            <td className={`${cellClass} whitespace-pre-wrap break-words`}>{item.expected ?? "—"}</td>
            <td className={`${cellClass} whitespace-nowrap`}>
              <RowActions
                what={`case ${item.id}`}
                onEdit={() => setEditingCase({ kind: "edit", id: item.id })}
                onDelete={() => removeCase.mutate(item.id)}
                deleting={removeCase.isPending}
              />
            </td>
          </tr>
        ))}
        form={
          editingCase ? (
            <CaseForm
              key={editingCase.kind === "edit" ? editingCase.id : "new"}
              initial={editedCase ? draftOfCase(editedCase) : emptyCaseDraft(freeId("case", dataset.cases))}
              pending={saveCase.isPending}
              onSave={(evalCase) => saveCase.mutate({ originalId: editedCase?.id, evalCase })}
              onCancel={() => setEditingCase(null)}
            />
          ) : null
        }
        addLabel="Add a case"
        onAdd={() => setEditingCase({ kind: "new" })}
      />

      <ListSection
        id="graders"
        title="Graders"
        count={dataset.graders.length}
        columns={["Grader", "Kind", "Weight", "Threshold"]}
        rows={dataset.graders.map((grader) => (
          <tr key={grader.id}>
            <td className={cellClass}>{grader.name}</td>
            <td className={cellClass}>{kindLabel(grader.kind)}</td>
            <td className={cellClass}>{grader.weight}</td>
            <td className={cellClass}>{grader.threshold}</td>
            <td className={`${cellClass} whitespace-nowrap`}>
              <RowActions
                what={`grader ${grader.name}`}
                onEdit={() => setEditingGrader({ kind: "edit", id: grader.id })}
                onDelete={() => removeGrader.mutate(grader.id)}
                deleting={removeGrader.isPending}
              />
            </td>
          </tr>
        ))}
        form={
          editingGrader ? (
            <GraderForm
              key={editingGrader.kind === "edit" ? editingGrader.id : "new"}
              initial={editedGrader ? draftOfGrader(editedGrader) : emptyGraderDraft(freeId("grader", dataset.graders))}
              pending={saveGrader.isPending}
              onSave={(grader) => saveGrader.mutate({ originalId: editedGrader?.id, grader })}
              onCancel={() => setEditingGrader(null)}
            />
          ) : null
        }
        addLabel="Add a grader"
        onAdd={() => setEditingGrader({ kind: "new" })}
      />

      <section aria-labelledby="run-heading" className={sectionClass}>
        <h2 id="run-heading" className="text-base font-semibold">
          Run an experiment
        </h2>
        <RunExperimentForm datasetId={dataset.id} suggestions={agentSuggestions} disabledReason={runProblem} />
      </section>
    </div>
  );
}

/** "Edit case x" and "Delete case x" for one row of the cases or graders table. */
function RowActions(props: { what: string; onEdit: () => void; onDelete: () => void; deleting: boolean }) {
  return (
    <>
      <Button variant="secondary" size="sm" onClick={props.onEdit}>
        Edit {props.what}
      </Button>{" "}
      <Button variant="secondary" size="sm" disabled={props.deleting} onClick={props.onDelete}>
        Delete {props.what}
      </Button>
    </>
  );
}
