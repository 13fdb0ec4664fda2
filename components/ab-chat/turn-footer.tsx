import { TurnRunLinks } from "@/components/inspector/turn-run-links";
import type { TurnStatus } from "@/lib/chat/rows";
import { describeStopReason, type Turn } from "@/lib/chat/transcript";
import { describeUsage, formatDuration } from "@/lib/inspector/format";

interface TurnFooterProps {
  status: TurnStatus | "failed";
  stopReason: string | null;
  usage: Turn["usage"];
  durationMs: number | null;
  runIds: readonly string[];
  /** Offer "Add to dataset" for a finished turn (the chat's turns; a replay's replies come from a dataset). */
  addToDataset?: boolean;
}

/** Under a reply: how it ended, its token usage, how long it took, and its run in the inspector. */
export function TurnFooter({ status, stopReason, usage, durationMs, runIds, addToDataset = false }: TurnFooterProps) {
  const parts = [
    status === "streaming"
      ? "Streaming…"
      : status === "stopped"
        ? "Stopped by you"
        : status === "failed"
          ? "Failed"
          : stopReason
            ? describeStopReason(stopReason)
            : "Done",
    usage ? describeUsage(usage.steps, usage) : null,
    durationMs !== null ? `took ${formatDuration(durationMs)}` : null,
  ].filter((part) => part !== null);
  return (
    <p className="text-xs text-zinc-600 dark:text-zinc-400">
      {parts.join(" · ")}
      <TurnRunLinks runIds={runIds} addToDataset={addToDataset && status === "done"} />
    </p>
  );
}
