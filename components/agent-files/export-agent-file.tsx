"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorPanel } from "@/components/error-panel";
import { AppError, isAppErrorBody, toErrorBody } from "@/lib/errors";

function fileNameFrom(response: Response): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
  return match?.[1] ?? "agent.af";
}

/** Fetches the export first, so a refusal shows inline instead of replacing the page. */
async function downloadAgentFile(agentId: string, includeMessages: boolean): Promise<void> {
  const url = `/api/agents/${encodeURIComponent(agentId)}/export?messages=${includeMessages ? "include" : "exclude"}`;
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new AppError("unreachable", "The ADE server cannot be reached.", "Check that the ADE is still running.", { cause: error });
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    const error = typeof body === "object" && body !== null ? (body as { error?: unknown }).error : undefined;
    if (isAppErrorBody(error)) throw new AppError(error.code, error.message, error.hint);
    throw new AppError("server_error", `The ADE answered ${response.status}.`, "Try again.");
  }
  const objectUrl = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = objectUrl;
  link.download = fileNameFrom(response);
  link.click();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
}

export function ExportAgentFile({ agentId }: { agentId: string }) {
  const [includeMessages, setIncludeMessages] = useState(true);
  const download = useMutation({ mutationFn: () => downloadAgentFile(agentId, includeMessages) });
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <button
          type="button"
          onClick={() => download.mutate()}
          disabled={download.isPending}
          className="rounded-md border border-zinc-300 px-3 py-1.5 hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          {download.isPending ? "Exporting…" : "Export agent file"}
        </button>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={includeMessages} onChange={(event) => setIncludeMessages(event.target.checked)} />
          Include messages in the export
        </label>
      </div>
      {download.error ? (
        <ErrorPanel
          title="Could not export the agent"
          error={toErrorBody(download.error)}
        />
      ) : null}
    </div>
  );
}
