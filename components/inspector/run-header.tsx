import { describeStopReason } from "@/lib/chat/transcript";
import { formatDuration } from "@/lib/inspector/format";
import type { RunSummary } from "@/lib/inspector/types";

/** A run's status, stop reason, duration and usage (as `GET /v1/runs/{id}/usage` counts it), and its error. */
export function RunHeader({ run }: { run: RunSummary }) {
  const item = (label: string, value: string) => (
    <div>
      <dt className="text-xs text-zinc-500">{label}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
  return (
    <div className="space-y-2">
      <dl aria-label="Run summary" className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4 lg:grid-cols-8">
        {item("Status", run.status)}
        {item("Stop reason", run.stopReason ? describeStopReason(run.stopReason) : "none")}
        {item("Duration", formatDuration(run.durationMs))}
        {item("Steps", String(run.stepCount))}
        {item("Prompt tokens", String(run.usage.promptTokens))}
        {item("Completion tokens", String(run.usage.completionTokens))}
        {item("Total tokens", String(run.usage.totalTokens))}
        {item("Started", run.createdAt ? new Date(run.createdAt).toLocaleString() : "unknown")}
      </dl>
      {run.error ? (
        <div
          role="alert"
          aria-label="Run error"
          className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
        >
          <p className="font-semibold">{run.error.message}</p>
          {run.error.detail ? <p className="whitespace-pre-wrap break-words text-xs">{run.error.detail}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
