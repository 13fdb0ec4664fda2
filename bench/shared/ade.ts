import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { repoRootDir } from "./stack";

/** Polls `url` until it answers 2xx. */
export async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Serves the production build on loopback against `lettaBaseUrl`, the way `npm start` does. */
export function startAde(lettaBaseUrl: string, port: number, env: Record<string, string> = {}): ChildProcess {
  if (!existsSync(path.join(repoRootDir, ".next", "BUILD_ID")))
    throw new Error("No production build: run `npm run build` first.");
  return spawn(process.execPath, [path.join(repoRootDir, "scripts", "serve.mjs")], {
    cwd: repoRootDir,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      ADE_HOST: "127.0.0.1",
      LETTA_BASE_URL: lettaBaseUrl,
      LETTA_API_KEY: process.env.LETTA_API_KEY ?? "",
      ...env,
    },
  });
}
