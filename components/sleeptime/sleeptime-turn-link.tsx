import { runAnchor } from "@/lib/sleeptime/queries";

/** The chat's link from a turn to the sleep-time run it started (opens the Sleep-time panel at that run). */
export function SleeptimeTurnLink({ runId }: { runId: string }) {
  return (
    <a href={`#${runAnchor(runId)}`} className="self-start text-xs text-blue-700 underline dark:text-blue-400">
      Sleep-time run started by this turn
    </a>
  );
}
