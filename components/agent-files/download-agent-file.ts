import { AppError } from "@/lib/errors";
import { apiUrl, errorOfResponse, unreachableError } from "@/lib/fetch-json";

function fileNameFrom(response: Response): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
  return match?.[1] ?? "agent.af";
}

/** What the export is doing: waiting for Letta to build the file, then downloading it (fraction when known). */
export type ExportProgress = { phase: "building" } | { phase: "downloading"; received: number; total: number | null };

/** Reads the body in chunks so a big file shows how far it is. */
async function readWithProgress(response: Response, onProgress: (progress: ExportProgress) => void): Promise<Blob> {
  const total = Number(response.headers.get("x-file-size") ?? response.headers.get("content-length")) || null;
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ phase: "downloading", received, total });
  }
  return new Blob(chunks, { type: "application/json" });
}

/** Fetches the export first, so a refusal shows inline instead of replacing the page. */
export async function downloadAgentFile(
  agentId: string,
  includeMessages: boolean,
  signal: AbortSignal,
  onProgress: (progress: ExportProgress) => void,
): Promise<void> {
  const url = apiUrl(["agents", agentId, "export"], { messages: includeMessages ? "include" : "exclude" });
  let response: Response;
  let blob: Blob;
  try {
    onProgress({ phase: "building" });
    response = await fetch(url, { signal });
    if (!response.ok) {
      throw await errorOfResponse(response);
    }
    blob = await readWithProgress(response, onProgress);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (signal.aborted)
      throw new AppError("aborted", "The export was cancelled.", "Nothing was saved.", { cause: error });
    throw unreachableError(error);
  }
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = objectUrl;
  link.download = fileNameFrom(response);
  link.click();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
}
