import { stackUp, stopComponent } from "../scripts/stack";
import { stackConfig } from "./global-setup";

const quiet = () => undefined;

/**
 * Stops and starts the test stack's Letta process, for fault tests. `graceMs` is how long Letta gets to
 * finish after SIGTERM before it is killed (short: a crash in the middle of a stream).
 */
export const lettaProcess = {
  stop: (options: { graceMs?: number } = {}) =>
    stopComponent(stackConfig(), "letta", { graceMs: options.graceMs ?? 5_000 }, quiet),
  /** Starts Letta again (the other components keep running) and waits until it is healthy. */
  start: () => stackUp(stackConfig(), quiet).then(() => undefined),
};
