"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { ErrorPanel } from "@/components/error-panel";
import { toast } from "@/components/ui/toast";
import { AppError, toErrorBody } from "@/lib/errors";
import { apiUrl, errorOfResponse, unreachableError } from "@/lib/fetch-json";
import { Button } from "@/components/ui/button";

function fileNameFrom(response: Response): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
  return match?.[1] ?? "agent.af";
}

/** What the export is doing: waiting for Letta to build the file, then downloading it (fraction when known). */
type ExportProgress = { phase: "building" } | { phase: "downloading"; received: number; total: number | null };

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
async function downloadAgentFile(
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

function progressText(progress: ExportProgress): string {
  if (progress.phase === "building") return "The Letta server is building the file…";
  const kb = `${Math.round(progress.received / 1024)} KB`;
  return progress.total
    ? `Downloading… ${Math.round((progress.received / progress.total) * 100)}% (${kb})`
    : `Downloading… ${kb}`;
}

export function ExportAgentFile({ agentId }: { agentId: string }) {
  const [includeMessages, setIncludeMessages] = useState(true);
  const [progress, setProgress] = useState<ExportProgress>({ phase: "building" });
  const cancel = useRef<AbortController | null>(null);
  const download = useMutation({
    mutationFn: () => {
      const controller = new AbortController();
      cancel.current = controller;
      return downloadAgentFile(agentId, includeMessages, controller.signal, setProgress);
    },
    onSuccess: () => toast.success("Agent file exported"),
  });
  const error = download.error ? toErrorBody(download.error) : null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <Button variant="secondary" onClick={() => download.mutate()} disabled={download.isPending}>
          {download.isPending ? "Exporting…" : "Export agent file"}
        </Button>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={includeMessages}
            onChange={(event) => setIncludeMessages(event.target.checked)}
          />
          Include messages in the export
        </label>
      </div>
      {download.isPending ? (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <progress
            aria-label="Export progress"
            {...(progress.phase === "downloading" && progress.total
              ? { value: progress.received, max: progress.total }
              : {})}
            className="w-48"
          />
          <span className="text-zinc-600 dark:text-zinc-400">{progressText(progress)}</span>
          <Button variant="secondary" onClick={() => cancel.current?.abort()}>
            Cancel export
          </Button>
        </div>
      ) : null}
      {error?.code === "aborted" ? (
        <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
          {error.message} {error.hint}
        </p>
      ) : error ? (
        <ErrorPanel title="Could not export the agent" error={error} />
      ) : null}
    </div>
  );
}
