import Link from "next/link";

/** From a chat turn to its run in the inspector (`/runs/{id}` finds the run's agent). */
export function InspectRunLink({ runId, label = "Inspect run" }: { runId: string; label?: string }) {
  return (
    <Link
      href={`/runs/${encodeURIComponent(runId)}`}
      className="text-xs text-blue-700 underline underline-offset-2 dark:text-blue-400"
      aria-label={`${label} ${runId}`}
    >
      {label}
    </Link>
  );
}
