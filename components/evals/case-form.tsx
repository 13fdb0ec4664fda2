"use client";

import { Button } from "@/components/ui/button";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/components/ui/field";
import { fieldErrors, savedCaseSchema } from "@/lib/evals/validate";
import type { EvalCase } from "@/lib/evals/types";
import { caseFromDraft, memoryRowProblems, type CaseDraft } from "./case-draft";
import { TextField } from "./form/fields";
import { FormFooter } from "./form/form-footer";
import { PairRows } from "./form/pair-rows";

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
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Case"
      className="space-y-3 rounded-md border border-zinc-300 p-3 dark:border-zinc-700"
    >
      <TextField label="Case id" field="case-id" value={draft.id} error={errors.id} onChange={(id) => set({ id })} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Messages (one turn each, sent in order)</legend>
        {draft.turns.map((turn, index) => (
          <div key={index} className="flex items-start gap-2">
            <div className="flex-1">
              <TextField
                label={`Message ${index + 1}`}
                field={`case-turn-${index}`}
                value={turn}
                rows={2}
                error={errors[`input.${index}`]}
                onChange={(value) => set({ turns: draft.turns.map((text, at) => (at === index ? value : text)) })}
              />
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
      <TextField
        label="Expected answer"
        field="case-expected"
        value={draft.expected}
        rows={2}
        error={errors.expected}
        hint="Reply and memory graders without a value of their own compare with it."
        onChange={(expected) => set({ expected })}
      />
      <PairRows
        legend="Starting memory (block values set on the copy first)"
        rows={draft.memoryRows}
        keys={["label", "value"]}
        columns={[
          { label: "Block label", field: "case-memory-label" },
          { label: "Block value", field: "case-memory-value", rows: 1 },
        ]}
        errors={(_, index) => errors[`memory.${index}`]}
        removeLabel="Remove block"
        addLabel="Set a block"
        onChange={(memoryRows) => set({ memoryRows })}
      />
      <TextField
        label="Tags"
        field="case-tags"
        value={draft.tags}
        error={errors.tags}
        hint="Comma-separated"
        onChange={(tags) => set({ tags })}
      />
      <FormFooter
        what="case"
        errors={errors}
        placed={(path) => /^(id|input(\.\d+)?|expected|tags|memory\.\d+)$/.test(path)}
        fieldPrefix="case"
        pending={pending}
        onCancel={onCancel}
      />
    </form>
  );
}
