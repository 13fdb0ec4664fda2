import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { extraAdePort, lettaBaseUrl, testStack } from "./test-stack";

const root = path.resolve(import.meta.dirname, "..");

export interface AdeProcess {
  baseUrl: string;
  dataDir: string;
  output: () => string;
  stop: () => Promise<void>;
}

function collect(child: ChildProcess): () => string {
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  return () => text;
}

/** Runs scripts/serve.mjs (the production build) with extra env, the way a user starts the ADE. */
export function spawnServe(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
} {
  const child = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], {
    cwd: root,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      LETTA_BASE_URL: lettaBaseUrl,
      LETTA_API_KEY: "",
      LETTA_PROJECT_ID: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = collect(child);
  // "close" comes after the output has been read to its end.
  const exit = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return { child, output, exit };
}

/**
 * A second ADE on its own port (E2E_ADE_PORT + offset) and data folder, from the same production build,
 * for settings the main one does not have (password, demo mode, allowlist). Waits until it answers.
 * `keepData` starts it on the data folder a previous one left (an ADE restart).
 */
export async function startAde(
  offset: number,
  env: Record<string, string>,
  seed?: (dataDir: string) => Promise<void>,
  options: { keepData?: boolean } = {},
): Promise<AdeProcess> {
  const port = extraAdePort(offset);
  const dataDir = path.join(testStack.stackDir, `ade-data-${offset}`);
  if (!options.keepData) await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await seed?.(dataDir);
  const baseUrl = `http://127.0.0.1:${port}`;
  const { child, output, exit } = spawnServe({
    ADE_HOST: "127.0.0.1",
    PORT: String(port),
    ADE_DATA_DIR: dataDir,
    ...env,
  });
  let exited = false;
  void exit.then(() => (exited = true));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`The ADE on port ${port} exited:\n${output()}`);
    const answered = await fetch(`${baseUrl}/login`, { redirect: "manual" }).then(
      () => true,
      () => false,
    );
    if (answered) break;
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`The ADE on port ${port} did not answer within 60 s:\n${output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    dataDir,
    output,
    stop: async () => {
      if (exited) return;
      child.kill("SIGTERM");
      await exit;
    },
  };
}

/** Every route of the production build (from its manifest), with `x-test` in place of each dynamic segment. */
export async function builtRoutes(): Promise<{ pages: string[]; handlers: string[] }> {
  const { readFile } = await import("node:fs/promises");
  const manifest = JSON.parse(
    await readFile(path.join(root, ".next", "app-path-routes-manifest.json"), "utf8"),
  ) as Record<string, string>;
  const fill = (route: string) => route.replace(/\[\[?\.{0,3}[^\]]+\]\]?/g, "x-test");
  const pages: string[] = [];
  const handlers: string[] = [];
  for (const [entry, route] of Object.entries(manifest)) {
    if (entry.endsWith("/route")) handlers.push(fill(route));
    else if (entry.endsWith("/page")) pages.push(fill(route));
  }
  return { pages: pages.sort(), handlers: handlers.sort() };
}
