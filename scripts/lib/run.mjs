// Small process helpers for the top-level commands (plain Node: they run before npm packages exist).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.on("error", (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
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
  try {
    const response = await fetch(`${baseUrl.replace(/\/+$/, "")}/v1/health/`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    return response.ok;
  } catch {
    return false;
  }
}
