"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useDraftStore } from "@/components/memory/draft-store";
import { memoryKeys } from "@/lib/query-keys";
import { runAnchor, sleeptimeActivityQuery } from "@/lib/sleeptime/queries";
import { isActive } from "./run-status";
import { Button } from "@/components/ui/button";

/**
 * A live indicator while the sleep-time agent runs, and a notice for each run that finished while the page was
 * open and changed memory blocks shown here.
 */
export function SleeptimeNotices({ agentId }: { agentId: string }) {
  const queryClient = useQueryClient();
  const activity = useQuery(sleeptimeActivityQuery(agentId));
  const drafts = useDraftStore((state) => state.drafts);
  const [baseline, setBaseline] = useState<ReadonlySet<string> | null>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const runs = activity.data?.runs ?? [];

  // Runs already finished when the page opened are history, not news.
  if (baseline === null && activity.data)
    setBaseline(new Set(runs.filter((run) => !isActive(run.status)).map((run) => run.id)));

  const fresh = baseline === null ? [] : runs.filter((run) => !isActive(run.status) && !baseline.has(run.id));
  const freshKey = fresh.map((run) => run.id).join(",");
  useEffect(() => {
    // A finished run may have rewritten blocks: show their new values now rather than at the next poll.
    if (freshKey) void queryClient.invalidateQueries({ queryKey: memoryKeys.blocks(agentId) });
  }, [freshKey, agentId, queryClient]);

  if (!activity.data?.sleeptimeAgentId) return null;
  const running = runs.filter((run) => isActive(run.status));
  const notices = fresh.filter((run) => !dismissed.has(run.id) && run.detail.edits.some((edit) => edit.applied));
  const draftLabels = new Set(
    Object.values(drafts).flatMap((draft) => (draft.agentId === agentId ? [draft.label] : [])),
  );

  return (
    <div className="space-y-2 text-xs">
      <p role="status" aria-label="Sleep-time status" className="text-zinc-600 dark:text-zinc-400">
        {running.length > 0 ? (
          <span className="font-medium text-blue-700 dark:text-blue-300">
            <span aria-hidden className="mr-1 inline-block h-2 w-2 animate-pulse rounded-full bg-blue-600" />
            Sleep-time agent running…
          </span>
        ) : (
          "Sleep-time agent idle"
        )}
      </p>
      {notices.map((run) => {
        const labels = [...new Set(run.detail.edits.filter((edit) => edit.applied).map((edit) => edit.label))];
        const drafted = labels.filter((label) => draftLabels.has(label));
        return (
          <div
            key={run.id}
            role="alert"
            aria-label="Sleep-time change"
            className="rounded border border-amber-400 bg-amber-50 p-2 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
          >
            <p>
              The sleep-time agent changed{" "}
              {labels.map((label, index) => (
                <span key={label}>
                  {index > 0 ? ", " : null}
                  <span className="font-mono font-semibold">{label}</span>
                </span>
              ))}
              . Memory shows the new value.{" "}
              {drafted.length > 0
                ? `Your unsaved draft of ${drafted.join(", ")} started from the old value: saving will ask which version to keep. `
                : null}
              <a href={`#${runAnchor(run.id)}`} className="underline">
                See the run
              </a>
            </p>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => setDismissed((current) => new Set([...current, run.id]))}
              className="mt-1"
            >
              Dismiss
            </Button>
          </div>
        );
      })}
    </div>
  );
}
