import { InspectRunLink } from "@/components/inspector/inspect-run-link";
import type { TurnSearch } from "./use-turn-finder";

/** What the chat is doing about the turn the address points at: finding it, or why it is not here. */
export function TurnSearchStatus({ search }: { search: TurnSearch }) {
  if (search.state === "finding")
    return (
      <p role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
        Finding turn…
      </p>
    );
  if (search.state === "missing")
    return (
      <p role="alert" className="text-xs text-amber-800 dark:text-amber-300">
        {search.reason} <InspectRunLink runId={search.runId} />
      </p>
    );
  if (search.state === "found")
    return (
      <p role="status" className="sr-only">
        Showing the turn of run {search.runId}.
      </p>
    );
  return null;
}
