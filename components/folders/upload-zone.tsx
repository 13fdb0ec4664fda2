"use client";

import { useId, useState } from "react";
import { DropZone } from "@/components/ui/drop-zone";
import { formatBytes, MAX_FOLDER_FILE_BYTES, SUPPORTED_EXTENSIONS, SUPPORTED_SUMMARY } from "@/lib/folders/limits";
import { duplicateHandlingLabels, duplicateHandlings, type DuplicateHandling } from "@/lib/folders/schema";
import { UploadList } from "./upload-list";
import { useFolderUploads } from "./use-uploads";

/** Upload several files into a folder by picker or drag and drop, with progress and Letta's processing. */
export function UploadZone({ folderId, disabled }: { folderId: string; disabled: boolean }) {
  const { items, start, clearFinished } = useFolderUploads(folderId);
  const [duplicate, setDuplicate] = useState<DuplicateHandling>("suffix");
  const duplicateId = useId();

  return (
    <section aria-label="Upload files" className="space-y-2">
      <DropZone label="File drop zone" disabled={disabled} onFiles={(files) => start(files, duplicate)} className="p-4">
        <span>Drop files here, or</span>
        <label className="cursor-pointer rounded-md bg-blue-600 px-3 py-1.5 font-medium text-white focus-within:ring-2 focus-within:ring-blue-400 hover:bg-blue-700 has-[:disabled]:opacity-50">
          Choose files
          <input
            type="file"
            multiple
            accept={SUPPORTED_EXTENSIONS.join(",")}
            disabled={disabled}
            className="sr-only"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = "";
              if (files.length > 0) start(files, duplicate);
            }}
          />
        </label>
        <span className="text-xs text-zinc-500">
          {SUPPORTED_SUMMARY}; at most {formatBytes(MAX_FOLDER_FILE_BYTES)} each.
        </span>
      </DropZone>
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <label htmlFor={duplicateId}>When the folder already has a file of that name</label>
        <select
          id={duplicateId}
          value={duplicate}
          onChange={(event) => setDuplicate(event.target.value as DuplicateHandling)}
          className="rounded border border-zinc-300 bg-white px-1 py-0.5 dark:border-zinc-700 dark:bg-zinc-900"
        >
          {duplicateHandlings.map((option) => (
            <option key={option} value={option}>
              {duplicateHandlingLabels[option]}
            </option>
          ))}
        </select>
      </div>
      <UploadList items={items} onClear={clearFinished} />
    </section>
  );
}
