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
import { fieldErrors, FolderTextFields } from "./folder-fields";
import { Button } from "@/components/ui/button";

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
      <FolderTextFields values={values} errors={errors} onChange={set} labelPrefix="Folder " />
      <p className="text-xs text-zinc-500">Embedding model: {folder.embedding} (fixed when the folder was made).</p>
      <InlineError error={save.error ? toErrorBody(save.error) : null} />
      <div className="flex items-center gap-2">
        <Button variant="primary" type="submit" disabled={!changed || save.isPending || lock.locked} {...lock.props}>
          {save.isPending ? "Saving…" : "Save folder"}
        </Button>
        {save.isSuccess && !changed ? (
          <span role="status" className="text-xs text-emerald-700 dark:text-emerald-300">
            Saved.
          </span>
        ) : null}
      </div>
    </form>
  );
}
