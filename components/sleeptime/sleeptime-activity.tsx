"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { runAnchor, sleeptimeActivityQuery } from "@/lib/sleeptime/queries";
import { RunItem } from "./run-item";
import { isActive } from "./run-status";
import { useRunHash } from "./use-run-hash";

/** The sleep-time agent's latest runs, newest first, re-read while the page is open. */
export function SleeptimeActivityList({ agentId }: { agentId: string }) {
  const activity = useQuery(sleeptimeActivityQuery(agentId));
  const focused = useRunHash();
  const runs = activity.data?.runs ?? [];
  const focusedLoaded = focused !== null && runs.some((run) => run.id === focused);

  useEffect(() => {
    if (focused && focusedLoaded) document.getElementById(runAnchor(focused))?.scrollIntoView({ block: "start" });
  }, [focused, focusedLoaded]);

  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold">
        Activity{" "}
        {runs.some((run) => isActive(run.status)) ? (
          <span className="ml-1 animate-pulse text-blue-700 dark:text-blue-300">● running</span>
        ) : null}
      </h3>
      {activity.error && !activity.data ? <InlineError error={toErrorBody(activity.error)} /> : null}
      {activity.isPending ? <p className="text-zinc-500">Loading runs…</p> : null}
      {activity.data && runs.length === 0 ? (
        <p className="text-zinc-500">
          The sleep-time agent has not run yet. It runs after the main agent&apos;s turns, at the frequency above.
        </p>
      ) : null}
      <ol aria-label="Sleep-time runs" className="space-y-2">
        {runs.map((run, index) => (
          <RunItem key={run.id} run={run} open={run.id === focused || (focused === null && index === 0)} />
        ))}
      </ol>
      {runs.length > 0 ? (
        <p className="text-zinc-500">
          The latest {runs.length} runs. Block diffs come from each memory tool call and the value it returned.
        </p>
      ) : null}
    </div>
  );
}
