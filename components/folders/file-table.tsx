"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useDemoLock } from "@/components/access/access-context";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { InlineError } from "@/components/ui/inline-error";
import { unwrap } from "@/lib/actions/result";
import { toErrorBody } from "@/lib/errors";
import { deleteFolderFileAction } from "@/lib/folders/actions";
import { formatBytes } from "@/lib/folders/limits";
import type { FolderFileView } from "@/lib/folders/types";
import { queryKeys } from "@/lib/query-keys";
import { FileStatusBadge } from "./file-status";
import { folderFilesQuery } from "@/lib/folders/queries";
import { Button } from "@/components/ui/button";

function chunkText(file: FolderFileView): string {
  if (file.status === "completed") return String(file.chunksEmbedded ?? file.totalChunks ?? 0);
  if (file.totalChunks != null) return `${file.chunksEmbedded ?? 0} of ${file.totalChunks}`;
  return "—";
}

/** The folder's files as Letta holds them: size, type, processing status and chunk count. */
export function FileTable({ folderId, onOpen }: { folderId: string; onOpen: (file: FolderFileView) => void }) {
  const queryClient = useQueryClient();
  const files = useQuery(folderFilesQuery(folderId));
  const lock = useDemoLock();
  const remove = useMutation({
    mutationFn: async (fileId: string) => await unwrap(deleteFolderFileAction({ folderId, fileId })),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.folderFiles(folderId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.folderList() });
    },
  });

  if (files.error) return <InlineError error={toErrorBody(files.error)} />;
  if (!files.data) return <p className="text-xs text-zinc-500">Loading the files…</p>;
  if (files.data.length === 0) return <p className="text-sm text-zinc-500">No files yet: upload some above.</p>;
  return (
    <div className="space-y-2">
      <p className="text-xs text-zinc-500" aria-live="polite">
        {files.data.length === 1 ? "1 file" : `${files.data.length} files`}
      </p>
      <InlineError error={remove.error ? toErrorBody(remove.error) : null} />
      <table className="w-full text-left text-sm" aria-label="Files in the folder">
        <thead className="text-xs text-zinc-500">
          <tr>
            <th className="py-1 pr-2 font-normal">Name</th>
            <th className="py-1 pr-2 font-normal">Type</th>
            <th className="py-1 pr-2 text-right font-normal">Size</th>
            <th className="py-1 pr-2 font-normal">Status</th>
            <th className="py-1 pr-2 text-right font-normal">Chunks</th>
            <th className="py-1 font-normal">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {files.data.map((file) => (
            <tr
              key={file.id}
              aria-label={file.name}
              className="border-t border-zinc-200 align-top dark:border-zinc-800"
            >
              <td className="py-1 pr-2 font-mono text-xs break-all">{file.name}</td>
              <td className="py-1 pr-2 text-xs text-zinc-600 dark:text-zinc-400">{file.type ?? "—"}</td>
              <td className="py-1 pr-2 text-right text-xs">{file.size == null ? "—" : formatBytes(file.size)}</td>
              <td className="py-1 pr-2">
                <FileStatusBadge status={file.status} />
                {file.status === "error" && file.error ? (
                  <p className="mt-1 text-xs text-red-700 dark:text-red-300">{file.error}</p>
                ) : null}
              </td>
              <td className="py-1 pr-2 text-right text-xs">{chunkText(file)}</td>
              <td className="py-1">
                <div className="flex flex-wrap justify-end gap-1">
                  <Button variant="secondary" size="sm" aria-label={`Open ${file.name}`} onClick={() => onOpen(file)}>
                    Open
                  </Button>
                  <ConfirmButton
                    label={`Delete ${file.name}`}
                    question={`Delete ${file.name}? Agents lose it too.`}
                    confirmLabel="Delete file"
                    disabled={lock.locked || remove.isPending}
                    onConfirm={() => remove.mutate(file.id)}
                  />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
