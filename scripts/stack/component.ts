import fs from "node:fs";
import { HOST, type Component, type StackPaths } from "./config";
import { portInUse, waitFor } from "./health";
import { liveRecord, removePidRecord, spawnDetached, spawned, stopProcess, writePidRecord } from "./processes";
import { StackError } from "./errors";

const PORT_ENV: Record<Component, string> = {
  postgres: "ADE_PG_PORT",
  "model-server": "ADE_MODEL_PORT",
  letta: "LETTA_PORT",
};

export interface ComponentSpec {
  component: Component;
  paths: StackPaths;
  port: number;
  healthy: () => Promise<boolean>;
  command: string;
  args: string[];
  env: Record<string, string | undefined>;
  cwd: string;
  /** Part of the command line that identifies the process as ours (guards against pid reuse). */
  marker: string;
  uid?: number;
  gid?: number;
  timeoutMs: number;
  report: (line: string) => void;
}

/**
 * Leaves a healthy running component alone; otherwise starts it detached and waits for its
 * health check. Refuses to start when its port is held by a process that is not ours.
 */
export async function ensureRunning(spec: ComponentSpec): Promise<{ pid: number; started: boolean }> {
  const { component, paths, report } = spec;
  const pidFile = paths.pidFile(component);
  const logFile = paths.log(component);
  const existing = liveRecord(pidFile);
  if (existing) {
    if (await waitFor(spec.healthy, { timeoutMs: spec.timeoutMs, intervalMs: 500 })) {
      report(`${component}: already running (pid ${existing.pid})`);
      return { pid: existing.pid, started: false };
    }
    throw new StackError(
      component,
      `runs as pid ${existing.pid} but is not healthy; try stack:down, then stack:up`,
      logFile,
    );
  }
  if (await portInUse(HOST, spec.port)) {
    throw new StackError(
      component,
      `port ${HOST}:${spec.port} is already taken by a process that is not part of this stack (${paths.stackDir}). ` +
        `Stop that process, or choose another port with ${PORT_ENV[component]}.`,
    );
  }
  fs.mkdirSync(paths.logsDir, { recursive: true });
  const child = spawnDetached({ ...spec, logFile });
  const pid = await spawned(child).catch((error: Error) => {
    throw new StackError(component, `could not start ${spec.command}: ${error.message}`, logFile);
  });
  let exit: string | undefined;
  child.once("exit", (code, signal) => (exit = signal ? `signal ${signal}` : `code ${code}`));
  writePidRecord(pidFile, { pid, command: spec.command, marker: spec.marker, startedAt: new Date().toISOString() });
  report(`${component}: started pid ${pid}, log ${logFile}`);
  const started = Date.now();
  const healthy = await waitFor(spec.healthy, {
    timeoutMs: spec.timeoutMs,
    intervalMs: 500,
    check: () => {
      if (exit) throw new StackError(component, `exited (${exit}) before it became healthy`, logFile);
    },
  }).catch(async (error: unknown) => {
    await stopProcess(pid, 5_000);
    removePidRecord(pidFile);
    throw error;
  });
  if (!healthy) {
    await stopProcess(pid, 5_000);
    removePidRecord(pidFile);
    throw new StackError(component, `not healthy after ${spec.timeoutMs / 1000}s (stopped it again)`, logFile);
  }
  report(`${component}: healthy after ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return { pid, started: true };
}
