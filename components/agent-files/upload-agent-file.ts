import { AppError } from "@/lib/errors";
import { apiUrl } from "@/lib/fetch-json";
import { uploadWithProgress } from "@/lib/upload";
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

/**
 * Sends the file to the ADE's import route, reporting its progress.
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

  return uploadWithProgress<ImportResult>({
    url: `${apiUrl(["agent-files", "import"])}?${query.toString()}`,
    body: request.file,
    contentType: "application/json",
    onProgress,
    signal,
    cancelled: (sent) =>
      new AppError(
        "aborted",
        "The import was cancelled.",
        sent
          ? "The Letta server already had the whole file and may still create the agent: check the agent list."
          : "The upload stopped before the file was complete: nothing was imported.",
      ),
  });
}
