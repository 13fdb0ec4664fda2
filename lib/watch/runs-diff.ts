import type { WatchRun } from "./types";

/** Letta's statuses of a run that has not ended yet. */
export function isActive(run: WatchRun): boolean {
  return run.status === "created" || run.status === "running" || run.status === "pending";
}

/** The runs of `now` that are new since `previous` or whose status changed, newest first as listed. */
export function runsChanged(previous: readonly WatchRun[], now: readonly WatchRun[]): WatchRun[] {
  const before = new Map(previous.map((run) => [run.id, run.status]));
  return now.filter((run) => before.get(run.id) !== run.status);
}
