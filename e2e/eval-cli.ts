import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { lettaBaseUrl } from "./test-stack";

const repoRoot = path.resolve(import.meta.dirname, "..");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run eval -- …` as a process, as a CI job would, against the test stack's Letta unless `env` says otherwise. */
export function runEvalCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "eval", "--", ...args], {
      cwd: repoRoot,
      env: {
        ...process.env,
        LETTA_BASE_URL: lettaBaseUrl,
        LETTA_API_KEY: "",
        LETTA_PROJECT_ID: "",
        ADE_DATABASE_URL: "",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The table row of a case (the line that starts with its id). */
export function tableRow(stdout: string, caseId: string): string {
  return stdout.split("\n").find((line) => line.startsWith(`${caseId} `)) ?? "";
}

/** The JSON rows of a results file, or null when it was not written. */
export function resultRows(file: string): Record<string, unknown>[] | null {
  if (!existsSync(file)) return null;
  return readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
