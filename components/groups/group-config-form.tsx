"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { unwrap } from "@/lib/actions/result";
import { updateGroupAction } from "@/lib/groups/actions";
import { editableFields, updateFromForm } from "@/lib/groups/manager-fields";
import type { GroupView } from "@/lib/groups/types";
import { groupKeys } from "@/lib/query-keys";
import { Button } from "@/components/ui/button";

function initialValues(group: GroupView): Record<string, string> {
  const values: Record<string, string> = { description: group.description };
  for (const field of editableFields(group.managerType)) {
    const current = group.config[field.key];
    values[field.key] = current === null ? "" : String(current);
  }
  return values;
}

/** Edits what Letta lets change: the description and, by manager type, the manager config's numbers and token. */
export function GroupConfigForm({ group }: { group: GroupView }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => initialValues(group));
  const [invalid, setInvalid] = useState<string | null>(null);
  const fields = editableFields(group.managerType);
  const save = useMutation({
    mutationFn: async (update: object) => unwrap(updateGroupAction({ groupId: group.id, ...update })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: groupKeys.list() }),
  });

  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-zinc-600 dark:text-zinc-400">Edit group</summary>
      <form
        aria-label={`Edit group ${group.id}`}
        noValidate
        className="mt-2 space-y-2"
        onSubmit={async (event) => {
          event.preventDefault();
          // The checks (zod) load with the first save.
          const { groupUpdateSchema } = await import("@/lib/groups/manager-config");
          const parsed = groupUpdateSchema.safeParse(updateFromForm(group, values));
          if (!parsed.success) {
            setInvalid(parsed.error.issues.map((issue) => issue.message).join(" "));
            return;
          }
          setInvalid(null);
          save.mutate(parsed.data);
        }}
      >
        <label className="block space-y-1">
          <span className="text-zinc-600 dark:text-zinc-400">Description</span>
          <input
            value={values.description ?? ""}
            onChange={(event) => setValues({ ...values, description: event.target.value })}
            className="w-full rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950"
          />
        </label>
        {fields.map((field) => (
          <label key={field.key} className="block space-y-1">
            <span className="text-zinc-600 dark:text-zinc-400">{field.label}</span>
            <input
              inputMode={field.kind === "number" ? "numeric" : undefined}
              value={values[field.key] ?? ""}
              aria-invalid={invalid ? true : undefined}
              onChange={(event) => setValues({ ...values, [field.key]: event.target.value })}
              className="w-40 rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950"
            />
          </label>
        ))}
        {fields.length === 0 ? (
          <p className="text-zinc-500">
            Nothing of this manager type&apos;s config can be edited here (Letta only lets its manager agent change).
          </p>
        ) : null}
        <p className="text-zinc-500">
          The manager type cannot change; Letta ignores empty values, so a setting cannot be cleared once set.
        </p>
        {invalid ? <p className="text-red-700 dark:text-red-400">{invalid}</p> : null}
        <InlineError error={save.error ? toErrorBody(save.error) : null} />
        {save.isSuccess && !save.isPending ? <p role="status">Saved.</p> : null}
        <Button variant="primary" size="sm" type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save group"}
        </Button>
      </form>
    </details>
  );
}
