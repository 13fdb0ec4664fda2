import { spawn } from "node:child_process";
import fs from "node:fs";

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  uid?: number;
  gid?: number;
  /** Appends the command and all its output to this file. */
  logFile?: string;
  /** Called with each output line (stdout and stderr). */
  onLine?: (line: string) => void;
  timeoutMs?: number;
}

export interface RunResult {
  code: number | null;
  output: string;
}

/** Runs a command to completion and collects its output; never throws for a non-zero exit. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const log = options.logFile ? fs.openSync(options.logFile, "a") : undefined;
    if (log !== undefined) fs.writeSync(log, `\n=== ${new Date().toISOString()} ${command} ${args.join(" ")}\n`);
    let output = "";
    let partial = "";
    const onData = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output += text;
      if (log !== undefined) fs.writeSync(log, text);
      if (!options.onLine) return;
      const lines = (partial + text).split(/\r?\n|\r/);
      partial = lines.pop() ?? "";
      for (const line of lines) if (line.trim()) options.onLine(line);
    };
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: (options.env ?? process.env) as NodeJS.ProcessEnv,
      uid: options.uid,
      gid: options.gid,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: options.timeoutMs,
    });
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    const finish = (code: number | null, extra = "") => {
      output += extra;
      if (log !== undefined) {
        if (extra) fs.writeSync(log, extra);
        fs.closeSync(log);
      }
      resolve({ code, output });
    };
    child.once("error", (error) => finish(null, `${error.message}\n`));
    child.once("close", (code) => finish(code));
  });
}
