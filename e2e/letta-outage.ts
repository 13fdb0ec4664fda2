import { stackPaths, stackUp, stopComponent } from "../scripts/stack";
import { liveRecord } from "../scripts/stack/processes";
import { stackConfig } from "./global-setup";

const quiet = () => undefined;

/** Sends a signal to the test stack's Letta and the processes it started (its process group). */
function signalLetta(signal: NodeJS.Signals): void {
  const record = liveRecord(stackPaths(stackConfig()).pidFile("letta"));
  if (!record) throw new Error("The test stack's Letta is not running.");
  process.kill(-record.pid, signal);
}

/**
 * Stops and starts the test stack's Letta process, for fault tests. `graceMs` is how long Letta gets to
 * finish after SIGTERM before it is killed (short: a crash in the middle of a stream).
 */
export const lettaProcess = {
  stop: (options: { graceMs?: number } = {}) =>
    stopComponent(stackConfig(), "letta", { graceMs: options.graceMs ?? 5_000 }, quiet),
  /** Starts Letta again (the other components keep running) and waits until it is healthy. */
  start: () => stackUp(stackConfig(), quiet).then(() => undefined),
  /** Freezes Letta: it keeps its connections but answers nothing until `resume`. */
  pause: () => signalLetta("SIGSTOP"),
  resume: () => signalLetta("SIGCONT"),
};
