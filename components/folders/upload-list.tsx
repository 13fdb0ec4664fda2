import { formatBytes } from "@/lib/folders/limits";
import type { UploadItem, UploadPhase } from "./use-uploads";
import { Button } from "@/components/ui/button";

const phaseLabels: Record<UploadPhase, string> = {
  refused: "Refused",
  uploading: "Uploading",
  processing: "Processing",
  completed: "Completed",
  skipped: "Skipped",
  failed: "Failed",
};

const phaseColors: Record<UploadPhase, string> = {
  refused: "text-red-700 dark:text-red-300",
  uploading: "text-blue-700 dark:text-blue-300",
  processing: "text-blue-700 dark:text-blue-300",
  completed: "text-emerald-700 dark:text-emerald-300",
  skipped: "text-zinc-600 dark:text-zinc-400",
  failed: "text-red-700 dark:text-red-300",
};

/** This session's uploads: progress while sending, then Letta's processing until done or failed. */
export function UploadList({ items, onClear }: { items: UploadItem[]; onClear: () => void }) {
  if (items.length === 0) return null;
  const busy = items.some((item) => item.phase === "uploading" || item.phase === "processing");
  return (
    <div className="space-y-1">
      <ul aria-label="Uploads" className="space-y-1 text-xs">
        {items.map((item) => (
          <li
            key={item.key}
            aria-label={`Upload of ${item.name}`}
            className="rounded border border-zinc-200 p-2 dark:border-zinc-800"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-mono">{item.name}</span>
              <span className="text-zinc-500">{formatBytes(item.size)}</span>
              <span className={`font-medium ${phaseColors[item.phase]}`}>{phaseLabels[item.phase]}</span>
            </div>
            {item.phase === "uploading" ? (
              <progress
                aria-label={`Uploading ${item.name}`}
                value={Math.round(item.progress * 100)}
                max={100}
                className="mt-1 h-1.5 w-full"
              />
            ) : null}
            {item.phase === "processing" ? (
              <p className="mt-1 text-zinc-600 dark:text-zinc-400">Letta is parsing and embedding the file…</p>
            ) : null}
            {item.message ? (
              <p role={item.phase === "refused" || item.phase === "failed" ? "alert" : undefined} className="mt-1">
                {item.message}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {busy ? null : (
        <Button variant="ghost" size="sm" onClick={onClear} className="underline">
          Clear the upload list
        </Button>
      )}
    </div>
  );
}
