import Link from "next/link";
import { describeStopReason } from "@/lib/chat/transcript";
import { formatDuration, runHref } from "@/lib/inspector/format";
import type { RunSummary } from "@/lib/inspector/types";
import { turnHref } from "@/lib/chat/turn-anchor";

/** The agent's runs: each links to the inspector and to its turn in the chat; failed runs show Letta's error. */
export function RunsTable({ runs }: { runs: RunSummary[] }) {
  if (runs.length === 0) return <p className="text-sm text-zinc-500">No runs match.</p>;
  return (
    <div className="overflow-x-auto">
      <table aria-label="Runs" className="w-full text-left text-sm">
        <thead className="text-xs text-zinc-500">
          <tr>
            <th className="p-1">Started</th>
            <th className="p-1">Status</th>
            <th className="p-1">Stop reason</th>
            <th className="p-1">Duration</th>
            <th className="p-1">Steps</th>
            <th className="p-1">Tokens (prompt + completion)</th>
            <th className="p-1">Feedback</th>
            <th className="p-1">Open</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr
              key={run.id}
              aria-label={`Run ${run.id}`}
              className="border-t border-zinc-200 align-top dark:border-zinc-800"
            >
              <td className="p-1 whitespace-nowrap">{new Date(run.createdAt).toLocaleString()}</td>
              <td className="p-1">{run.status}</td>
              <td className="p-1">
                {run.stopReason ? describeStopReason(run.stopReason) : "none"}
                {run.error ? (
                  <p className="max-w-md whitespace-pre-wrap break-words text-xs text-red-700 dark:text-red-300">
                    {run.error.message}
                    {run.error.detail ? ` ${run.error.detail}` : ""}
                  </p>
                ) : null}
              </td>
              <td className="p-1 whitespace-nowrap">{formatDuration(run.durationMs)}</td>
              <td className="p-1">{run.stepCount}</td>
              <td className="p-1 whitespace-nowrap">
                {run.usage.totalTokens} ({run.usage.promptTokens} + {run.usage.completionTokens})
              </td>
              <td className="p-1 text-xs">
                {run.feedback.positive > 0 ? `good: ${run.feedback.positive} ` : ""}
                {run.feedback.negative > 0 ? `bad: ${run.feedback.negative} ` : ""}
                {run.feedback.tags.length > 0 ? `tags: ${run.feedback.tags.join(", ")}` : ""}
              </td>
              <td className="p-1 whitespace-nowrap text-xs">
                <Link className="text-blue-700 underline dark:text-blue-400" href={runHref(run.agentId, run.id)}>
                  Inspect
                </Link>{" "}
                <Link
                  className="text-blue-700 underline dark:text-blue-400"
                  href={turnHref(run.agentId, run.id, run.conversationId)}
                >
                  Chat
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
