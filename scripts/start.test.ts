// `npm start` (scripts/ade.mjs) and `npm run serve` (scripts/serve.mjs), run as real processes: ports held
// by this test's own listeners, and a throwaway project whose `next` is a tiny stand-in server, so no Letta
// stack and no production build are needed.
import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const scriptsDir = import.meta.dirname;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The environment of a user who configured nothing (none of the developer's ADE or Letta settings). */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (/^(ADE_|LETTA_|OPENAI_|E2E_|PORT$|npm_)/.test(key)) delete env[key];
  return { ...env, ...extra };
}

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** A port nothing listens on (taken from the system, then let go). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  const port = await new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port)),
  );
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Some other program: accepts connections and hangs up at once. */
const otherProgram = () => net.createServer((socket) => socket.destroy());

/** A running ADE as far as the start command can tell: its status route answers (or asks for a login). */
const adeLike = (status: number) =>
  http.createServer((request, response) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(
      JSON.stringify(
        status === 200
          ? { connectionId: "env", connectionName: "Environment", baseUrl: "http://127.0.0.1:8283", state: "connected" }
          : { error: { code: "unauthorized", message: "Log in to use this ADE." } },
      ),
    );
  });

/** A Letta server for the start command's "is there one" check: /v1/health/ only. */
async function lettaHealthStub(): Promise<string> {
  const server = http.createServer((request, response) => {
    const healthy = request.url === "/v1/health/";
    response.writeHead(healthy ? 200 : 404, { "content-type": "application/json" });
    response.end(healthy ? JSON.stringify({ version: "0.16.8", status: "ok" }) : "{}");
  });
  return `http://127.0.0.1:${await listen(server)}`;
}

interface Run {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

function start(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Run {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  const exit = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  return { child, output: () => text, exit };
}

async function runToEnd(script: "ade.mjs" | "serve.mjs", env: Record<string, string>) {
  const run = start(process.execPath, [path.join(scriptsDir, script)], {
    cwd: path.join(scriptsDir, ".."),
    env: cleanEnv(env),
  });
  return { code: await run.exit, output: run.output() };
}

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });

describe("npm start checks every port before it starts anything", () => {
  it.each([
    ["without a password", 200],
    ["behind an access password", 401],
  ])(
    "an ADE already serving the port (%s) is named with its URL and how to stop it",
    async (_, status) => {
      const port = await listen(adeLike(status));
      const { code, output } = await runToEnd("ade.mjs", { PORT: String(port) });
      expect(code).toBe(1);
      expect(output).toContain(`The ADE is already running at http://127.0.0.1:${port} (pid ${process.pid})`);
      expect(output).toContain(`\`kill ${process.pid}\``);
      expect(output).toMatch(/PORT=\d+ npm start/);
      expect(output).not.toMatch(/Serving|Installing|Starting|Building|EADDRINUSE/);
    },
    20_000,
  );

  it("another program on the ADE's port is named, with how to pick another port", async () => {
    const port = await listen(otherProgram());
    for (const script of ["ade.mjs", "serve.mjs"] as const) {
      const { code, output } = await runToEnd(script, { PORT: String(port) });
      expect(code, script).toBe(1);
      expect(output, script).toContain(`Port ${port} (127.0.0.1), where the ADE would listen, is already used`);
      expect(output, script).toContain(`pid ${process.pid}`);
      expect(output, script).toMatch(/pick another port for the ADE: PORT=\d+ npm (start|run serve)/);
      expect(output, script).not.toMatch(/Serving|EADDRINUSE/);
    }
  }, 20_000);

  it("other programs on the local Letta stack's ports are each named, before the stack starts", async () => {
    const [letta, model, postgres] = [
      await listen(otherProgram()),
      await listen(otherProgram()),
      await listen(otherProgram()),
    ];
    const stackDir = await mkdtemp(path.join(os.tmpdir(), "ade-start-stack-"));
    cleanups.push(() => rm(stackDir, { recursive: true, force: true }));
    const { code, output } = await runToEnd("ade.mjs", {
      PORT: String(await freePort()),
      LETTA_PORT: String(letta),
      ADE_MODEL_PORT: String(model),
      ADE_PG_PORT: String(postgres),
      ADE_STACK_DIR: stackDir,
    });
    expect(code).toBe(1);
    expect(output).toContain(`Port ${letta} (LETTA_PORT, the local Letta server) is already used by another program`);
    expect(output).toContain(`Port ${model} (ADE_MODEL_PORT, the scripted model server)`);
    expect(output).toContain(`Port ${postgres} (ADE_PG_PORT, the local PostgreSQL)`);
    expect(output).toMatch(/LETTA_PORT=\d+ npm start/);
    expect(output).not.toMatch(/Starting the local Letta stack|Serving/);
  }, 20_000);
});

/** A copy of the start scripts in a project whose packages are "installed", whose build is current, and
 * whose `next start` is a small server that prints its pid: what `npm start` runs, without the real build. */
async function fakeProject(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), "ade-start-"));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  await mkdir(path.join(root, "scripts", "lib"), { recursive: true });
  for (const file of ["ade.mjs", "serve.mjs", "lib/run.mjs", "lib/ports.mjs"])
    await cp(path.join(scriptsDir, file), path.join(root, "scripts", file));
  await writeFile(
    path.join(root, "package.json"),
    JSON.stringify({ name: "fake-ade", private: true, scripts: { start: "node scripts/ade.mjs" } }),
  );
  await mkdir(path.join(root, "node_modules", "next", "dist", "bin"), { recursive: true });
  await writeFile(path.join(root, "node_modules", ".package-lock.json"), "{}");
  await writeFile(path.join(root, "node_modules", "next", "package.json"), JSON.stringify({ name: "next" }));
  await writeFile(
    path.join(root, "node_modules", "next", "dist", "bin", "next"),
    `const args = process.argv;
const port = Number(args[args.indexOf("--port") + 1]);
const host = args[args.indexOf("--hostname") + 1];
require("node:http")
  .createServer((request, response) => response.end("{}"))
  .listen(port, host, () => console.log("stand-in next ready, pid " + process.pid));
`,
  );
  await mkdir(path.join(root, ".next"), { recursive: true });
  await writeFile(path.join(root, ".next", "BUILD_ID"), "stand-in");
  return root;
}

describe("stopping npm start stops the ADE's server it started", () => {
  it.each([
    ["SIGTERM to scripts/ade.mjs", "node", "SIGTERM"],
    ["SIGTERM to npm start", "npm", "SIGTERM"],
    ["SIGHUP to npm start", "npm", "SIGHUP"],
  ] as const)(
    "%s leaves nothing running or holding the port",
    async (_, how, signal) => {
      const root = await fakeProject();
      const port = await freePort();
      const env = cleanEnv({ PORT: String(port), LETTA_BASE_URL: await lettaHealthStub() });
      const run =
        how === "node"
          ? start(process.execPath, [path.join(root, "scripts", "ade.mjs")], { cwd: root, env })
          : start("npm", ["start", "--silent"], { cwd: root, env });
      await until(() => /stand-in next ready, pid \d+/.test(run.output()), "the ADE's server to start");
      expect(run.output()).toContain(`Serving the ADE at http://127.0.0.1:${port}`);
      const serverPid = Number(/stand-in next ready, pid (\d+)/.exec(run.output())?.[1]);
      expect(await portIsFree(port)).toBe(false);

      run.child.kill(signal);
      await run.exit;
      await until(() => !alive(serverPid), `the ADE's server (pid ${serverPid}) to stop`);
      await until(() => portIsFree(port), `port ${port} to be let go`);
    },
    30_000,
  );
});
