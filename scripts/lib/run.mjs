// Small process helpers for the top-level commands (plain Node: they run before npm packages exist).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { getJsonWithin } from "./ports.mjs";

const running = new Set();
const exitCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
let stoppingWith;

export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    running.add(child);
    child.on("error", (error) => {
      running.delete(child);
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      running.delete(child);
      // Asked to stop: once what ran has ended, so does this process (the next step never starts).
      if (stoppingWith && running.size === 0) process.exit(exitCodes[stoppingWith]);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/**
 * Makes this process stop what it started when it is asked to stop: Ctrl+C (SIGINT), SIGTERM (`timeout`, a
 * process supervisor), SIGHUP, or the process that started it going away (npm, say, killed without passing
 * the signal on). The running step gets the signal (a hang-up as SIGTERM), and this process exits when it has
 * ended; a step that ignores it is killed after `graceMs`.
 */
export function stopChildrenWithThisProcess(graceMs = 15_000) {
  const stop = (signal) => {
    if (stoppingWith) return;
    stoppingWith = signal;
    if (running.size === 0) process.exit(exitCodes[signal]);
    for (const child of running) child.kill(signal === "SIGHUP" ? "SIGTERM" : signal);
    setTimeout(() => {
      for (const child of running) child.kill("SIGKILL");
      process.exit(exitCodes[signal]);
    }, graceMs).unref();
  };
  for (const signal of Object.keys(exitCodes)) process.on(signal, () => stop(signal));
  const parent = process.ppid;
  const starters = startingProcesses(parent);
  setInterval(() => {
    if (process.ppid !== parent || !starters.every(isRunning)) stop("SIGHUP");
  }, 1_000).unref();
}

/**
 * The process that started this one and, when that is a `sh -c` (how npm runs a script), the one that started
 * the shell too: npm passes SIGINT and SIGTERM on to its script but not SIGHUP, and the shell outlives it.
 */
function startingProcesses(parent) {
  try {
    const command = readFileSync(`/proc/${parent}/cmdline`, "utf8").split("\0");
    if (!/(^|\/)(sh|dash|bash)$/.test(command[0] ?? "") || command[1] !== "-c") return [parent];
    const stat = readFileSync(`/proc/${parent}/stat`, "utf8");
    const grandparent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return grandparent > 1 ? [parent, grandparent] : [parent];
  } catch {
    return [parent]; // no /proc (macOS): the parent alone
  }
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== "EPERM") return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !["Z", "X"].includes(stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3));
  } catch {
    return true;
  }
}

/** Installs npm packages when node_modules is missing or older than the lockfile. */
export async function ensureNpmPackages(root) {
  const lock = join(root, "package-lock.json");
  const marker = join(root, "node_modules", ".package-lock.json");
  const fresh = existsSync(marker) && (!existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs);
  if (fresh) return 0;
  console.log("Installing npm packages…");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  return run(npm, existsSync(lock) ? ["ci", "--no-audit", "--no-fund"] : ["install", "--no-audit", "--no-fund"], {
    cwd: root,
  });
}

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when the production build is missing or older than any source it is built from. */
export function buildIsStale(root) {
  const buildId = join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = [
    "app",
    "components",
    "lib",
    "public",
    "next.config.js",
    "package-lock.json",
    "postcss.config.mjs",
    "tsconfig.json",
  ];
  return sources.some((source) => existsSync(join(root, source)) && newestMtime(join(root, source)) > built);
}

export async function lettaAnswers(baseUrl, timeoutMs = 3000) {
  const answer = await getJsonWithin(`${baseUrl.replace(/\/+$/, "")}/v1/health/`, timeoutMs);
  return answer !== undefined && answer.status >= 200 && answer.status < 300;
}
