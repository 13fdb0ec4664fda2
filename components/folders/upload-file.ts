import { AppError, isAppErrorBody } from "@/lib/errors";
import type { DuplicateHandling } from "@/lib/folders/schema";
import type { UploadedFile } from "@/lib/folders/types";

function errorFrom(xhr: XMLHttpRequest): AppError {
  let body: unknown;
  try {
    body = JSON.parse(xhr.responseText) as unknown;
  } catch {
    body = undefined;
  }
  const error = typeof body === "object" && body !== null ? (body as { error?: unknown }).error : undefined;
  if (isAppErrorBody(error)) return new AppError(error.code, error.message, error.hint);
  return new AppError("server_error", `The ADE answered ${xhr.status}.`, "Try again.");
}

/** Sends one file to the folder's upload route with XHR, the browser API that reports upload progress. */
export function uploadFolderFile(
  folderId: string,
  file: File,
  duplicate: DuplicateHandling,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadedFile> {
  const query = new URLSearchParams({ fileName: file.name, duplicate });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/folders/${encodeURIComponent(folderId)}/upload?${query.toString()}`);
    xhr.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener("load", () => {
      if (xhr.status < 200 || xhr.status >= 300) return reject(errorFrom(xhr));
      try {
        resolve(JSON.parse(xhr.responseText) as UploadedFile);
      } catch (error) {
        reject(new AppError("server_error", "The ADE sent an unreadable answer.", "Try again.", { cause: error }));
      }
    });
    xhr.addEventListener("error", () =>
      reject(new AppError("unreachable", "The upload did not reach the ADE server.", "Check that the ADE is running.")),
    );
    xhr.addEventListener("abort", () =>
      reject(new AppError("aborted", "The upload was cancelled.", "Letta may still have received the whole file.")),
    );
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
