"use client";

import { useState, type FormEvent } from "react";
import { fieldErrors, savedGraderSchema } from "@/lib/evals/validate";
import type { GraderKind, GraderSpec } from "@/lib/evals/types";
import { SelectField, TextField } from "./form/fields";
import { FormFooter } from "./form/form-footer";
import { KindFields } from "./grader-fields/kind-fields";
import { graderFromDraft, graderKinds, type GraderDraft } from "./grader-draft";

/** Errors shown under a field of the form; any other path is listed at its end. */
const placedPaths = new Set([
  "id",
  "name",
  "weight",
  "threshold",
  "match",
  "value",
  "tool",
  "label",
  "rubric",
  "model",
]);
const isPlaced = (path: string) => placedPaths.has(path) || path === "target.marker" || path.startsWith("arguments.");

const kindOptions = graderKinds.map((kind) => ({ value: kind.kind, label: kind.label }));

export function GraderForm({
  initial,
  pending,
  onSave,
  onCancel,
}: {
  initial: GraderDraft;
  pending: boolean;
  onSave: (grader: GraderSpec) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (change: Partial<GraderDraft>) => setDraft((current) => ({ ...current, ...change }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = savedGraderSchema.safeParse(graderFromDraft(draft));
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    onSave(parsed.data);
  };
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Grader"
      className="space-y-3 rounded-md border border-zinc-300 p-3 dark:border-zinc-700"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Grader id"
          field="grader-id"
          value={draft.id}
          error={errors.id}
          onChange={(id) => set({ id })}
        />
        <TextField
          label="Grader name"
          field="grader-name"
          value={draft.name}
          error={errors.name}
          onChange={(name) => set({ name })}
        />
        <SelectField<GraderKind>
          label="Kind"
          field="grader-kind"
          value={draft.kind}
          options={kindOptions}
          onChange={(kind) => set({ kind })}
        />
        <div className="grid grid-cols-2 gap-3">
          <TextField
            label="Weight"
            field="grader-weight"
            value={draft.weight}
            error={errors.weight}
            onChange={(weight) => set({ weight })}
          />
          <TextField
            label="Pass threshold (0 to 1)"
            field="grader-threshold"
            value={draft.threshold}
            error={errors.threshold}
            onChange={(threshold) => set({ threshold })}
          />
        </div>
      </div>
      <KindFields draft={draft} errors={errors} set={set} />
      <FormFooter
        what="grader"
        errors={errors}
        placed={isPlaced}
        fieldPrefix="grader"
        pending={pending}
        onCancel={onCancel}
      />
    </form>
  );
}
