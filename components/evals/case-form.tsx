"use client";

import { Button } from "@/components/ui/button";
import { useState, type FormEvent } from "react";
import { Field, FieldError, inputClass, inputId, invalidProps } from "@/components/ui/field";
import { fieldErrors, savedCaseSchema } from "@/lib/evals/validate";
import type { EvalCase } from "@/lib/evals/types";
import { caseFromDraft, memoryRowProblems, type CaseDraft } from "./case-draft";

/** Where each schema path's message is shown (the form's field names). */
function placeErrors(draft: CaseDraft, raw: Record<string, string>): Record<string, string> {
  const placed: Record<string, string> = {};
  for (const [path, message] of Object.entries(raw)) {
    const memory = /^startingMemory(?:\.(.*))?$/.exec(path);
    if (memory) {
      const index = draft.memoryRows.findIndex((row) => row.label.trim() === (memory[1] ?? ""));
      placed[`memory.${Math.max(index, 0)}`] ??= message;
    } else if (path.startsWith("tags")) placed.tags ??= message;
    else placed[path] ??= message;
  }
  return placed;
}

export function CaseForm({
  initial,
  pending,
  onSave,
  onCancel,
}: {
  initial: CaseDraft;
  pending: boolean;
  onSave: (evalCase: EvalCase) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (change: Partial<CaseDraft>) => setDraft((current) => ({ ...current, ...change }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = savedCaseSchema.safeParse(caseFromDraft(draft));
    const problems = {
      ...(parsed.success ? {} : placeErrors(draft, fieldErrors(parsed.error))),
      ...memoryRowProblems(draft),
    };
    setErrors(problems);
    if (parsed.success && Object.keys(problems).length === 0) onSave(parsed.data);
  };
  const count = Object.keys(errors).length;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Case"
      className="space-y-3 rounded-md border border-zinc-300 p-3 dark:border-zinc-700"
    >
      <Field label="Case id" field="case-id" error={errors.id}>
        <input
          id={inputId("case-id")}
          className={inputClass}
          value={draft.id}
          onChange={(event) => set({ id: event.target.value })}
          {...invalidProps("case-id", errors.id)}
        />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Messages (one turn each, sent in order)</legend>
        {draft.turns.map((turn, index) => (
          <div key={index} className="flex items-start gap-2">
            <div className="flex-1">
              <Field label={`Message ${index + 1}`} field={`case-turn-${index}`} error={errors[`input.${index}`]}>
                <textarea
                  id={inputId(`case-turn-${index}`)}
                  className={inputClass}
                  rows={2}
                  value={turn}
                  onChange={(event) =>
                    set({ turns: draft.turns.map((text, at) => (at === index ? event.target.value : text)) })
                  }
                  {...invalidProps(`case-turn-${index}`, errors[`input.${index}`])}
                />
              </Field>
            </div>
            {draft.turns.length > 1 ? (
              <Button
                type="button"
                variant="secondary"
                size="sm"
                className="mt-6"
                onClick={() => set({ turns: draft.turns.filter((_, at) => at !== index) })}
              >
                Remove message {index + 1}
              </Button>
            ) : null}
          </div>
        ))}
        <FieldError field="case-turns" error={errors.input} />
        <Button type="button" variant="secondary" size="sm" onClick={() => set({ turns: [...draft.turns, ""] })}>
          Add a message
        </Button>
      </fieldset>
      <Field
        label="Expected answer"
        field="case-expected"
        error={errors.expected}
        hint="Reply and memory graders without a value of their own compare with it."
      >
        <textarea
          id={inputId("case-expected")}
          className={inputClass}
          rows={2}
          value={draft.expected}
          onChange={(event) => set({ expected: event.target.value })}
          {...invalidProps("case-expected", errors.expected)}
        />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Starting memory (block values set on the copy first)</legend>
        {draft.memoryRows.map((row, index) => (
          <div key={index} className="grid grid-cols-[1fr_2fr_auto] items-start gap-2">
            <Field label={`Block label ${index + 1}`} field={`case-memory-label-${index}`}>
              <input
                id={inputId(`case-memory-label-${index}`)}
                className={inputClass}
                value={row.label}
                onChange={(event) =>
                  set({
                    memoryRows: draft.memoryRows.map((other, at) =>
                      at === index ? { ...other, label: event.target.value } : other,
                    ),
                  })
                }
                {...invalidProps(`case-memory-value-${index}`, errors[`memory.${index}`])}
              />
            </Field>
            <Field
              label={`Block value ${index + 1}`}
              field={`case-memory-value-${index}`}
              error={errors[`memory.${index}`]}
            >
              <textarea
                id={inputId(`case-memory-value-${index}`)}
                className={inputClass}
                rows={1}
                value={row.value}
                onChange={(event) =>
                  set({
                    memoryRows: draft.memoryRows.map((other, at) =>
                      at === index ? { ...other, value: event.target.value } : other,
                    ),
                  })
                }
              />
            </Field>
            <Button
              type="button"
              variant="secondary"
              size="sm"
              className="mt-6"
              onClick={() => set({ memoryRows: draft.memoryRows.filter((_, at) => at !== index) })}
            >
              Remove block {index + 1}
            </Button>
          </div>
        ))}
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={() => set({ memoryRows: [...draft.memoryRows, { label: "", value: "" }] })}
        >
          Set a block
        </Button>
      </fieldset>
      <Field label="Tags" field="case-tags" error={errors.tags} hint="Comma-separated">
        <input
          id={inputId("case-tags")}
          className={inputClass}
          value={draft.tags}
          onChange={(event) => set({ tags: event.target.value })}
          {...invalidProps("case-tags", errors.tags)}
        />
      </Field>
      {Object.entries(errors)
        .filter(([path]) => !/^(id|input(\.\d+)?|expected|tags|memory\.\d+)$/.test(path))
        .map(([path, message]) => (
          <FieldError key={path} field={`case-${path}`} error={`${path}: ${message}`} />
        ))}
      {count > 0 ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {count === 1 ? "One field needs attention" : `${count} fields need attention`}: the case was not saved.
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : "Save case"}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
