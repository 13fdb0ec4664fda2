"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { toErrorBody } from "@/lib/errors";
import { deleteFolderFileAction } from "@/lib/folders/actions";
import { fileProblem } from "@/lib/folders/limits";
import type { DuplicateHandling } from "@/lib/folders/schema";
import type { FolderFileView } from "@/lib/folders/types";
import { queryKeys } from "@/lib/query-keys";
import { folderFilesQuery } from "@/lib/folders/queries";
import { uploadFolderFile } from "./upload-file";

export type UploadPhase = "refused" | "uploading" | "processing" | "completed" | "skipped" | "failed";

export interface UploadItem {
  key: string;
  name: string;
  size: number;
  phase: UploadPhase;
  /** Share of the bytes sent, 0 to 1. */
  progress: number;
  fileId?: string;
  /** What to tell the user: the refusal, the server's reason for a failure, or the outcome. */
  message?: string;
}

let nextKey = 0;

/**
 * Uploads files into a folder and follows each through Letta's processing: the refused ones never leave
 * the browser; a file Letta fails to process is deleted again, so no half-made file stays in the folder.
 */
export function useFolderUploads(folderId: string) {
  const queryClient = useQueryClient();
  const files = useQuery(folderFilesQuery(folderId));
  const [items, setItems] = useState<UploadItem[]>([]);

  const patch = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const refresh = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.folderFiles(folderId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.folderList() });
  }, [folderId, queryClient]);

  const start = useCallback(
    (picked: File[], duplicate: DuplicateHandling) => {
      const fresh = picked.map((file): UploadItem & { file: File } => {
        const problem = fileProblem(file.name, file.size);
        nextKey += 1;
        return {
          key: `upload-${nextKey}`,
          file,
          name: file.name,
          size: file.size,
          phase: problem ? "refused" : "uploading",
          progress: 0,
          ...(problem ? { message: `${problem} Nothing was uploaded.` } : {}),
        };
      });
      setItems((list) => [...fresh.map(({ file: _file, ...item }) => item), ...list]);
      for (const item of fresh) {
        if (item.phase === "refused") continue;
        uploadFolderFile(folderId, item.file, duplicate, (progress) => patch(item.key, { progress }))
          .then((result) => {
            patch(
              item.key,
              result.skipped
                ? {
                    phase: "skipped",
                    progress: 1,
                    fileId: result.file.id,
                    message: `The folder already has a file named ${item.name}: skipped, as chosen.`,
                  }
                : { phase: "processing", progress: 1, fileId: result.file.id },
            );
            refresh();
          })
          .catch((error: unknown) => {
            const body = toErrorBody(error);
            patch(item.key, { phase: "failed", message: `${body.message} ${body.hint}` });
            refresh();
          });
      }
    },
    [folderId, patch, refresh],
  );

  // A file Letta failed to process is deleted again (an external change: the reason is kept in the item).
  const cleaning = useRef(new Set<string>());
  useEffect(() => {
    for (const item of items) {
      if (item.phase !== "processing" || !item.fileId || cleaning.current.has(item.fileId)) continue;
      const file = files.data?.find((candidate) => candidate.id === item.fileId);
      if (file?.status !== "error") continue;
      const fileId = item.fileId;
      const reason = file.error ?? "Letta gave no reason.";
      cleaning.current.add(fileId);
      void deleteFolderFileAction({ folderId, fileId }).then((result) => {
        patch(item.key, {
          phase: "failed",
          message: result.ok
            ? `Letta could not process ${item.name}: ${reason} The file was removed from the folder.`
            : `Letta could not process ${item.name}: ${reason} Removing it failed too (${result.error.message}); delete it from the list.`,
        });
        refresh();
      });
    }
  }, [files.data, items, folderId, patch, refresh]);

  // Items still processing take their state from the folder's (polled) file list.
  const shown = items.map((item) => followProcessing(item, files.data));

  const clearFinished = useCallback(
    () =>
      setItems((list) =>
        list.filter((item) => {
          const phase = followProcessing(item, files.data).phase;
          return phase === "uploading" || phase === "processing";
        }),
      ),
    [files.data],
  );

  return { items: shown, start, clearFinished };
}

function followProcessing(item: UploadItem, files: FolderFileView[] | undefined): UploadItem {
  if (item.phase !== "processing") return item;
  const file = files?.find((candidate) => candidate.id === item.fileId);
  if (file?.status === "completed") {
    const passages = file.chunksEmbedded ?? 0;
    return { ...item, phase: "completed", message: `Processed: ${passages} passage${passages === 1 ? "" : "s"}.` };
  }
  if (file?.status === "error") {
    return {
      ...item,
      phase: "failed",
      message: `Letta could not process ${item.name}: ${file.error ?? "no reason given."}`,
    };
  }
  return item;
}
