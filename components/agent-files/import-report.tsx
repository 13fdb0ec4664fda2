"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { ErrorPanel } from "@/components/error-panel";
import type { EmbeddingEndpoint } from "@/lib/agent-files/import-state";
import { prepareForImport } from "@/lib/agent-files/prepare";
import { compareImport, filesPending, type ReportItem, type ReportStatus } from "@/lib/agent-files/report";
import type { AgentFile } from "@/lib/agent-files/schema";
import { toErrorBody } from "@/lib/errors";
import type { ImportResult } from "@/lib/agent-files/types";
import { importReportQuery } from "@/lib/agent-files/queries";
import type { ImportRequest } from "./upload-agent-file";

const statusText: Record<ReportStatus, string> = {
  ok: "OK",
  changed: "Different",
  missing: "Missing",
  processing: "Processing…",
  failed: "Failed",
  note: "Note",
};

const statusClass: Record<ReportStatus, string> = {
  ok: "text-green-700 dark:text-green-400",
  changed: "text-amber-700 dark:text-amber-400",
  missing: "text-red-700 dark:text-red-400",
  processing: "text-blue-700 dark:text-blue-400",
  failed: "text-red-700 dark:text-red-400",
  note: "text-zinc-600 dark:text-zinc-400",
};

function counts(items: ReportItem[]): string {
  const order: ReportStatus[] = ["ok", "changed", "missing", "processing", "failed", "note"];
  return order
    .map((status) => [status, items.filter((item) => item.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${statusText[status].replace("…", "").toLowerCase()}`)
    .join(", ");
}

/** After an import: every part of the file, checked against what the server holds. */
export function ImportReport({
  file,
  request,
  result,
  embeddings,
}: {
  file: AgentFile;
  request: ImportRequest;
  result: ImportResult;
  embeddings: EmbeddingEndpoint[];
}) {
  const agentIds = useMemo(() => result.agents.map((agent) => agent.id), [result]);
  const state = useQuery(importReportQuery(agentIds));
  const sent = useMemo(
    () =>
      prepareForImport(file, {
        name: request.name.trim() || undefined,
        stripMessages: request.stripMessages,
        enableSleeptime: request.enableSleeptime,
      }),
    [file, request],
  );
  const items = useMemo(
    () =>
      state.data
        ? compareImport({
            file: sent,
            agentIds,
            agents: state.data.agents,
            toolsBefore: result.toolsBefore,
            overwriteTools: request.overwriteTools,
            embeddings,
          })
        : [],
    [state.data, sent, agentIds, result, request.overwriteTools, embeddings],
  );

  if (state.error) return <ErrorPanel title="Could not check the import" error={toErrorBody(state.error)} />;
  if (!state.data) return <p className="text-sm text-zinc-600 dark:text-zinc-400">Checking what arrived…</p>;
  const pending = filesPending(state.data.agents);
  return (
    <section aria-label="Import report" className="space-y-2 text-sm">
      <h3 className="font-semibold">Import report</h3>
      <p aria-live="polite" className="text-zinc-700 dark:text-zinc-300">
        {counts(items)}.{pending ? " Letta is still processing the folders' files; this report updates itself." : ""}
      </p>
      <div className="max-h-[32rem] overflow-auto rounded border border-zinc-200 dark:border-zinc-800">
        <table aria-label="Import report" className="w-full text-left text-xs">
          <thead className="sticky top-0 bg-zinc-100 dark:bg-zinc-800">
            <tr>
              <th className="px-2 py-1">Agent</th>
              <th className="px-2 py-1">Part</th>
              <th className="px-2 py-1">Name</th>
              <th className="px-2 py-1">Status</th>
              <th className="px-2 py-1">Details</th>
              <th className="px-2 py-1">What to do</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr key={index} className="border-t border-zinc-200 align-top dark:border-zinc-800">
                <td className="px-2 py-1">{item.agent ?? "—"}</td>
                <td className="px-2 py-1">{item.part}</td>
                <td className="px-2 py-1 font-mono">{item.name}</td>
                <td className={`px-2 py-1 font-medium ${statusClass[item.status]}`}>{statusText[item.status]}</td>
                <td className="px-2 py-1">{item.detail}</td>
                <td className="px-2 py-1">{item.action ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
