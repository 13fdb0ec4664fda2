"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { ErrorPanel } from "@/components/error-panel";
import { toast } from "@/components/ui/toast";
import { toErrorBody } from "@/lib/errors";
import { unreachableError } from "@/lib/fetch-json";
import type { ExportProgress } from "./download-agent-file";
import { Button } from "@/components/ui/button";

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
    mutationFn: async () => {
      const controller = new AbortController();
      cancel.current = controller;
      setProgress({ phase: "building" });
      // The download code loads on the first export.
      const { downloadAgentFile } = await import("./download-agent-file").catch((error: unknown) => {
        throw unreachableError(error);
      });
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
