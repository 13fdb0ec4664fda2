import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { z } from "zod";
import { waitFor } from "./health";

const pidRecordSchema = z.object({
  pid: z.number().int().positive(),
  command: z.string(),
  /** A string that the process's command line must contain for the pid to still be ours. */
  marker: z.string(),
  startedAt: z.string(),
});
export type PidRecord = z.infer<typeof pidRecordSchema>;

function readPidRecord(file: string): PidRecord | undefined {
  try {
    const parsed = pidRecordSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writePidRecord(file: string, record: PidRecord): void {
  fs.writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
}

export function removePidRecord(file: string): void {
  fs.rmSync(file, { force: true });
}

/** True when the process exists and is not a zombie. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state !== "Z" && state !== "X";
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

function commandLine(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return undefined;
  }
}

/** The recorded process if it is still alive and still the one we started (pids get reused). */
export function liveRecord(file: string): PidRecord | undefined {
  const record = readPidRecord(file);
  if (!record || !isAlive(record.pid)) return undefined;
  const cmdline = commandLine(record.pid);
  if (cmdline !== undefined && !cmdline.includes(record.marker)) return undefined;
  return record;
}

export interface SpawnOptions {
  command: string;
  args: readonly string[];
  env: Record<string, string | undefined>;
  cwd: string;
  logFile: string;
  uid?: number;
  gid?: number;
}

/** Starts a process in its own process group that outlives us; its output goes to `logFile`. */
export function spawnDetached(options: SpawnOptions): ChildProcess {
  const fd = fs.openSync(options.logFile, "a");
  try {
    fs.writeSync(fd, `\n=== ${new Date().toISOString()} ${options.command} ${options.args.join(" ")}\n`);
    const child = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env as NodeJS.ProcessEnv,
      detached: true,
      stdio: ["ignore", fd, fd],
      uid: options.uid,
      gid: options.gid,
    });
    child.unref();
    return child;
  } finally {
    fs.closeSync(fd);
  }
}

/** Resolves once the spawned process has a pid, rejects if it could not be started at all. */
export function spawned(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("spawn", () => {
      if (child.pid === undefined) reject(new Error("process started without a pid"));
      else resolve(child.pid);
    });
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/** SIGTERM to the process group, then SIGKILL once `graceMs` has passed. */
export async function stopProcess(pid: number, graceMs = 15_000): Promise<"stopped" | "killed"> {
  signalGroup(pid, "SIGTERM");
  const stopped = await waitFor(() => !isAlive(pid), { timeoutMs: graceMs, intervalMs: 200 });
  if (stopped) return "stopped";
  signalGroup(pid, "SIGKILL");
  await waitFor(() => !isAlive(pid), { timeoutMs: 5_000, intervalMs: 100 });
  return "killed";
}

export function tailFile(file: string, lines = 40): string {
  try {
    const text = fs.readFileSync(file, "utf8").trimEnd();
    return text.split("\n").slice(-lines).join("\n");
  } catch {
    return `(no log at ${file})`;
  }
}
