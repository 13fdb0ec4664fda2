"use client";

import { Button } from "@/components/ui/button";
import { useState, type FormEvent } from "react";
import { Field, FieldError, inputClass, inputId, invalidProps } from "@/components/ui/field";
import { fieldErrors, savedGraderSchema } from "@/lib/evals/validate";
import type { GraderKind, GraderSpec } from "@/lib/evals/types";
import { graderFromDraft, graderKinds, type GraderDraft } from "./grader-draft";

function TextField({
  label,
  field,
  value,
  error,
  hint,
  multiline,
  onChange,
}: {
  label: string;
  field: string;
  value: string;
  error?: string;
  hint?: string;
  multiline?: boolean;
  onChange: (value: string) => void;
}) {
  const props = {
    id: inputId(field),
    className: inputClass,
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    ...invalidProps(field, error),
  };
  return (
    <Field label={label} field={field} error={error} hint={hint}>
      {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
    </Field>
  );
}

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

function MatchFields({
  draft,
  errors,
  set,
  valueHint,
}: {
  draft: GraderDraft;
  errors: Record<string, string>;
  set: (change: Partial<GraderDraft>) => void;
  valueHint?: string;
}) {
  return (
    <>
      <Field label="Match" field="grader-match" error={errors.match}>
        <select
          id={inputId("grader-match")}
          className={inputClass}
          value={draft.match}
          onChange={(event) => set({ match: event.target.value as GraderDraft["match"] })}
        >
          <option value="contains">contains</option>
          <option value="exact">exact</option>
          <option value="regex">regular expression</option>
        </select>
      </Field>
      <TextField
        label={draft.match === "regex" ? "Pattern" : "Value"}
        field="grader-value"
        value={draft.value}
        error={errors.value}
        hint={valueHint}
        multiline
        onChange={(value) => set({ value })}
      />
      <Check
        label="Case-sensitive"
        checked={draft.caseSensitive}
        onChange={(caseSensitive) => set({ caseSensitive })}
      />
    </>
  );
}

function TargetFields({
  draft,
  errors,
  set,
}: {
  draft: GraderDraft;
  errors: Record<string, string>;
  set: (change: Partial<GraderDraft>) => void;
}) {
  return (
    <>
      <Field label="Read" field="grader-target">
        <select
          id={inputId("grader-target")}
          className={inputClass}
          value={draft.targetFrom}
          onChange={(event) => set({ targetFrom: event.target.value as GraderDraft["targetFrom"] })}
        >
          <option value="last_assistant">the last reply</option>
          <option value="all_assistant">every reply of the case</option>
          <option value="after_marker">the last reply after a marker</option>
        </select>
      </Field>
      {draft.targetFrom === "after_marker" ? (
        <TextField
          label="Marker"
          field="grader-marker"
          value={draft.marker}
          error={errors["target.marker"]}
          onChange={(marker) => set({ marker })}
        />
      ) : null}
    </>
  );
}

function KindFields({
  draft,
  errors,
  set,
}: {
  draft: GraderDraft;
  errors: Record<string, string>;
  set: (change: Partial<GraderDraft>) => void;
}) {
  switch (draft.kind) {
    case "reply":
      return (
        <>
          <TargetFields draft={draft} errors={errors} set={set} />
          <MatchFields draft={draft} errors={errors} set={set} valueHint="Empty: the case's expected answer." />
        </>
      );
    case "tool_called":
      return (
        <>
          <TextField
            label="Tool name"
            field="grader-tool"
            value={draft.tool}
            error={errors.tool}
            onChange={(tool) => set({ tool })}
          />
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">
              Arguments (each value, as JSON, must match a regular expression)
            </legend>
            {draft.argumentRows.map((row, index) => {
              const error = errors[`arguments.${row.name.trim()}`];
              return (
                <div key={index} className="grid grid-cols-[1fr_2fr_auto] items-start gap-2">
                  <TextField
                    label={`Argument ${index + 1}`}
                    field={`grader-argument-name-${index}`}
                    value={row.name}
                    onChange={(name) =>
                      set({
                        argumentRows: draft.argumentRows.map((other, at) =>
                          at === index ? { ...other, name } : other,
                        ),
                      })
                    }
                  />
                  <TextField
                    label={`Pattern ${index + 1}`}
                    field={`grader-argument-pattern-${index}`}
                    value={row.pattern}
                    error={error}
                    onChange={(pattern) =>
                      set({
                        argumentRows: draft.argumentRows.map((other, at) =>
                          at === index ? { ...other, pattern } : other,
                        ),
                      })
                    }
                  />
                  <Button
                    type="button"
                    variant="secondary"
                    size="sm"
                    className="mt-6"
                    onClick={() => set({ argumentRows: draft.argumentRows.filter((_, at) => at !== index) })}
                  >
                    Remove argument {index + 1}
                  </Button>
                </div>
              );
            })}
            <Button
              type="button"
              variant="secondary"
              size="sm"
              onClick={() => set({ argumentRows: [...draft.argumentRows, { name: "", pattern: "" }] })}
            >
              Add an argument
            </Button>
          </fieldset>
        </>
      );
    case "tool_output":
      return (
        <>
          <TextField
            label="Tool name"
            field="grader-tool"
            value={draft.tool}
            error={errors.tool}
            hint="Empty: any tool's output."
            onChange={(tool) => set({ tool })}
          />
          <MatchFields draft={draft} errors={errors} set={set} />
        </>
      );
    case "memory":
      return (
        <>
          <TextField
            label="Block label"
            field="grader-label"
            value={draft.label}
            error={errors.label}
            onChange={(label) => set({ label })}
          />
          <MatchFields draft={draft} errors={errors} set={set} valueHint="Empty: the case's expected answer." />
          <Check
            label="Read the block after the sleep-time agent's run"
            checked={draft.afterSleeptime}
            onChange={(afterSleeptime) => set({ afterSleeptime })}
          />
        </>
      );
    case "model_judge":
      return (
        <>
          <TextField
            label="Rubric"
            field="grader-rubric"
            value={draft.rubric}
            error={errors.rubric}
            multiline
            onChange={(rubric) => set({ rubric })}
          />
          <TextField
            label="Judge model"
            field="grader-model"
            value={draft.model}
            error={errors.model}
            hint="A model handle; empty: the agent's own model."
            onChange={(model) => set({ model })}
          />
          <TargetFields draft={draft} errors={errors} set={set} />
        </>
      );
  }
}

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
  const count = Object.keys(errors).length;
  const shown = new Set([
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
    "target.marker",
  ]);
  const unplaced = Object.entries(errors).filter(([path]) => !shown.has(path) && !path.startsWith("arguments."));
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
        <Field label="Kind" field="grader-kind">
          <select
            id={inputId("grader-kind")}
            className={inputClass}
            value={draft.kind}
            onChange={(event) => set({ kind: event.target.value as GraderKind })}
          >
            {graderKinds.map((kind) => (
              <option key={kind.kind} value={kind.kind}>
                {kind.label}
              </option>
            ))}
          </select>
        </Field>
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
      {unplaced.map(([path, message]) => (
        <FieldError key={path} field={`grader-${path}`} error={`${path}: ${message}`} />
      ))}
      {count > 0 ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {count === 1 ? "One field needs attention" : `${count} fields need attention`}: the grader was not saved.
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : "Save grader"}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
