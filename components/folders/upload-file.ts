import { AppError } from "@/lib/errors";
import { apiUrl } from "@/lib/fetch-json";
import type { DuplicateHandling } from "@/lib/folders/schema";
import type { UploadedFile } from "@/lib/folders/types";
import { uploadWithProgress } from "@/lib/upload";

/** Sends one file to the folder's upload route, reporting its progress. */
export function uploadFolderFile(
  folderId: string,
  file: File,
  duplicate: DuplicateHandling,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadedFile> {
  return uploadWithProgress<UploadedFile>({
    url: apiUrl(["folders", folderId, "upload"], { fileName: file.name, duplicate }),
    body: file,
    contentType: file.type || "application/octet-stream",
    onProgress,
    signal,
    cancelled: () =>
      new AppError("aborted", "The upload was cancelled.", "Letta may still have received the whole file."),
  });
}
