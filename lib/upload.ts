import { AppError } from "@/lib/errors";
import { responseError } from "@/lib/fetch-json";

export interface UploadRequest {
  /** One of the ADE's upload routes, query string included. */
  url: string;
  body: Blob;
  contentType: string;
  /** The fraction of the body sent so far, 0 to 1. */
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
  /** What to say when the upload is cancelled: `sent` is whether the whole body had reached the ADE. */
  cancelled: (sent: boolean) => AppError;
}

/**
 * The one browser uploader: POSTs a body with XMLHttpRequest, the browser API that reports upload
 * progress, and answers the route's JSON or its error (the ADE's `{ error }` body) as an AppError.
 */
export function uploadWithProgress<T>(request: UploadRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    if (request.signal?.aborted) return reject(request.cancelled(false));
    const xhr = new XMLHttpRequest();
    xhr.open("POST", request.url);
    xhr.setRequestHeader("Content-Type", request.contentType);
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) request.onProgress(event.loaded / event.total);
    });
    let sent = false;
    xhr.upload.addEventListener("load", () => (sent = true));
    xhr.addEventListener("load", () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch (error) {
        if (xhr.status >= 200 && xhr.status < 300)
          return reject(
            new AppError("server_error", "The ADE sent an unreadable answer.", "Try again.", { cause: error }),
          );
      }
      if (xhr.status < 200 || xhr.status >= 300) reject(responseError(xhr.status, body));
      else resolve(body as T);
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
    xhr.addEventListener("abort", () => reject(request.cancelled(sent)));
    request.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(request.body);
  });
}
