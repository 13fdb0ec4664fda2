"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { unwrap } from "@/lib/actions/result";
import { createAgentBlockAction } from "@/lib/memory/actions";
import {
  DEFAULT_BLOCK_LIMIT,
  hasErrors,
  refusalField,
  validateBlockDraft,
  type BlockFieldErrors,
} from "@/lib/memory/validation";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { Button } from "@/components/ui/button";

const fieldClass =
  "w-full rounded border border-zinc-300 bg-white px-2 py-1 text-xs dark:border-zinc-700 dark:bg-zinc-950";

export function NewBlockForm({
  agentId,
  labels,
  onCreated,
}: {
  agentId: string;
  labels: string[];
  onCreated: () => void;
}) {
  const [label, setLabel] = useState("");
  const [value, setValue] = useState("");
  const [description, setDescription] = useState("");
  const [limit, setLimit] = useState(DEFAULT_BLOCK_LIMIT);
  const [errors, setErrors] = useState<BlockFieldErrors>({});
  const labelErrorId = useId();
  const create = useMutation({
    mutationFn: async () =>
      unwrap(createAgentBlockAction({ agentId, label: label.trim(), value, description, limit, readOnly: false })),
    onSuccess: () => {
      setLabel("");
      setValue("");
      setDescription("");
      setLimit(DEFAULT_BLOCK_LIMIT);
      onCreated();
    },
    // A refusal about the label (a label the agent already has, say) is shown next to the label field.
    onError: (error) => {
      const body = toErrorBody(error);
      if (refusalField(body.message) === "label") setErrors({ label: `${body.message} ${body.hint}`.trim() });
    },
  });
  const refusal = create.error ? toErrorBody(create.error) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateBlockDraft({ label, value, description, limit, readOnly: false }, { otherLabels: labels });
    setErrors(found);
    if (!hasErrors(found)) create.mutate();
  };

  return (
    <form aria-label="New block" onSubmit={submit} className="mt-2 space-y-2" noValidate>
      <label className="block">
        Label
        <input
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          aria-invalid={errors.label ? true : undefined}
          aria-describedby={errors.label ? labelErrorId : undefined}
          className={fieldClass}
        />
      </label>
      {errors.label ? (
        <p id={labelErrorId} className="text-red-700 dark:text-red-400">
          {errors.label}
        </p>
      ) : null}
      <label className="block">
        Description
        <input
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          aria-invalid={errors.description ? true : undefined}
          className={fieldClass}
        />
      </label>
      {errors.description ? <p className="text-red-700 dark:text-red-400">{errors.description}</p> : null}
      <label className="block">
        Value
        <textarea
          rows={3}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={errors.value ? true : undefined}
          className={`${fieldClass} font-mono`}
        />
      </label>
      {errors.value ? <p className="text-red-700 dark:text-red-400">{errors.value}</p> : null}
      <label className="block">
        Character limit
        <input
          type="number"
          min={1}
          value={Number.isNaN(limit) ? "" : limit}
          onChange={(event) => setLimit(event.target.valueAsNumber)}
          className={`${fieldClass} w-28`}
        />
      </label>
      {errors.limit ? <p className="text-red-700 dark:text-red-400">{errors.limit}</p> : null}
      <InlineError error={refusal && refusalField(refusal.message) !== "label" ? refusal : null} />
      <Button variant="primary" size="sm" type="submit" disabled={create.isPending}>
        Create and attach
      </Button>
    </form>
  );
}
