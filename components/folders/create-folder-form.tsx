"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useDemoLock } from "@/components/access/access-context";
import { InlineError } from "@/components/ui/inline-error";
import { unwrap } from "@/lib/actions/result";
import { toErrorBody } from "@/lib/errors";
import { createFolderAction } from "@/lib/folders/actions";
import { createFolderSchema } from "@/lib/folders/schema";
import type { FolderView } from "@/lib/folders/types";
import type { EmbeddingOption } from "@/lib/models/types";
import { queryKeys } from "@/lib/query-keys";
import { fieldErrors, FolderField, FolderTextFields, inputClass } from "./folder-fields";
import { Button } from "@/components/ui/button";

/** Creates a folder with the embedding model its files will be embedded with (fixed once created). */
export function CreateFolderForm({
  embeddings,
  onCreated,
}: {
  embeddings: EmbeddingOption[];
  onCreated: (folder: FolderView) => void;
}) {
  const queryClient = useQueryClient();
  const lock = useDemoLock();
  const [values, setValues] = useState({
    name: "",
    description: "",
    instructions: "",
    embedding: embeddings[0]?.handle ?? "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: async (input: typeof values) => await unwrap(createFolderAction(input)),
    onSuccess: (folder) => {
      setValues((current) => ({ ...current, name: "", description: "", instructions: "" }));
      void queryClient.invalidateQueries({ queryKey: queryKeys.folderList() });
      onCreated(folder);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = createFolderSchema.safeParse(values);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    create.mutate(values);
  };
  const set = (field: keyof typeof values) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  return (
    <form
      aria-label="New folder"
      onSubmit={submit}
      noValidate
      className="space-y-2 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
    >
      <h2 className="text-sm font-semibold">New folder</h2>
      <FolderTextFields
        values={values}
        errors={errors}
        onChange={set}
        hints={{
          description: "What the files are about (the agent sees it).",
          instructions: "How the agent should use these files (optional).",
        }}
      />
      <FolderField
        label="Embedding model"
        error={errors.embedding}
        hint="Files are embedded with it for semantic search; it cannot be changed later."
      >
        {(props) => (
          <select
            {...props}
            value={values.embedding}
            onChange={(e) => set("embedding")(e.target.value)}
            className={inputClass}
          >
            {embeddings.length === 0 ? <option value="">The server offers no embedding model</option> : null}
            {embeddings.map((embedding) => (
              <option key={embedding.handle} value={embedding.handle}>
                {embedding.handle} ({embedding.dimensions} dimensions)
              </option>
            ))}
          </select>
        )}
      </FolderField>
      <InlineError error={create.error ? toErrorBody(create.error) : null} />
      <Button variant="primary" type="submit" disabled={create.isPending || lock.locked} {...lock.props}>
        {create.isPending ? "Creating…" : "Create folder"}
      </Button>
    </form>
  );
}
