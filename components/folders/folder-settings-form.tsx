"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useDemoLock } from "@/components/access/access-context";
import { InlineError } from "@/components/ui/inline-error";
import { unwrap } from "@/lib/actions/result";
import { toErrorBody } from "@/lib/errors";
import { updateFolderAction } from "@/lib/folders/actions";
import { updateFolderSchema } from "@/lib/folders/schema";
import type { FolderView } from "@/lib/folders/types";
import { queryKeys } from "@/lib/query-keys";
import { fieldErrors, FolderField, inputClass } from "./folder-fields";

/** Rename a folder and edit its description and instructions (Letta cannot change its embedding). */
export function FolderSettingsForm({ folder }: { folder: FolderView }) {
  const queryClient = useQueryClient();
  const lock = useDemoLock();
  const [values, setValues] = useState({
    name: folder.name,
    description: folder.description ?? "",
    instructions: folder.instructions ?? "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: async (input: typeof values) => await unwrap(updateFolderAction({ folderId: folder.id, ...input })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.folderList() }),
  });
  const changed =
    values.name !== folder.name ||
    values.description !== (folder.description ?? "") ||
    values.instructions !== (folder.instructions ?? "");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = updateFolderSchema.safeParse({ folderId: folder.id, ...values });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    save.mutate(values);
  };
  const set = (field: keyof typeof values) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  return (
    <form aria-label="Folder settings" onSubmit={submit} noValidate className="space-y-2">
      <FolderField label="Folder name" error={errors.name}>
        {(props) => (
          <input {...props} value={values.name} onChange={(e) => set("name")(e.target.value)} className={inputClass} />
        )}
      </FolderField>
      <FolderField label="Folder description" error={errors.description}>
        {(props) => (
          <input
            {...props}
            value={values.description}
            onChange={(e) => set("description")(e.target.value)}
            className={inputClass}
          />
        )}
      </FolderField>
      <FolderField label="Folder instructions" error={errors.instructions}>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={values.instructions}
            onChange={(e) => set("instructions")(e.target.value)}
            className={inputClass}
          />
        )}
      </FolderField>
      <p className="text-xs text-zinc-500">Embedding model: {folder.embedding} (fixed when the folder was made).</p>
      <InlineError error={save.error ? toErrorBody(save.error) : null} />
      <div className="flex items-center gap-2">
        <button
          type="submit"
          disabled={!changed || save.isPending || lock.locked}
          {...lock.props}
          className="rounded-md bg-blue-600 px-3 py-1 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-50"
        >
          {save.isPending ? "Saving…" : "Save folder"}
        </button>
        {save.isSuccess && !changed ? (
          <span role="status" className="text-xs text-emerald-700 dark:text-emerald-300">
            Saved.
          </span>
        ) : null}
      </div>
    </form>
  );
}
