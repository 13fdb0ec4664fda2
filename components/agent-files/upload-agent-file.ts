import { AppError } from "@/lib/errors";
import { apiUrl, responseError } from "@/lib/fetch-json";
import type { ImportResult } from "@/lib/agent-files/types";

export interface ImportRequest {
  file: File;
  name: string;
  model: string;
  embedding: string;
  stripMessages: boolean;
  overwriteTools: boolean;
  enableSleeptime: boolean;
}

function errorFrom(xhr: XMLHttpRequest): AppError {
  let body: unknown;
  try {
    body = JSON.parse(xhr.responseText) as unknown;
  } catch {
    body = undefined;
  }
  return responseError(xhr.status, body);
}

/**
 * Sends the file to the ADE's import route with XHR, the one browser API that reports upload progress.
 * `signal` cancels: before the upload completes nothing reaches Letta; after, Letta may still import.
 */
export function uploadAgentFile(
  request: ImportRequest,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<ImportResult> {
  const query = new URLSearchParams({
    stripMessages: String(request.stripMessages),
    overwriteTools: String(request.overwriteTools),
    enableSleeptime: String(request.enableSleeptime),
  });
  if (request.name.trim()) query.set("name", request.name.trim());
  if (request.model) query.set("model", request.model);
  if (request.embedding) query.set("embedding", request.embedding);

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `${apiUrl(["agent-files", "import"])}?${query.toString()}`);
    xhr.setRequestHeader("Content-Type", "application/json");
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener("load", () => {
      if (xhr.status < 200 || xhr.status >= 300) return reject(errorFrom(xhr));
      try {
        resolve(JSON.parse(xhr.responseText) as ImportResult);
      } catch (error) {
        reject(new AppError("server_error", "The ADE sent an unreadable answer.", "Try again.", { cause: error }));
      }
    });
    xhr.addEventListener("error", () =>
      reject(
        new AppError(
          "unreachable",
          "The upload did not reach the ADE server.",
          "Check that the ADE is still running, then try again.",
        ),
      ),
    );
    let uploaded = false;
    xhr.upload.addEventListener("load", () => (uploaded = true));
    xhr.addEventListener("abort", () =>
      reject(
        new AppError(
          "aborted",
          "The import was cancelled.",
          uploaded
            ? "The Letta server already had the whole file and may still create the agent: check the agent list."
            : "The upload stopped before the file was complete: nothing was imported.",
        ),
      ),
    );
    if (signal?.aborted) return reject(new AppError("aborted", "The import was cancelled.", "Nothing was imported."));
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(request.file);
  });
}
