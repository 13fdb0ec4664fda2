import fs from "node:fs";
import path from "node:path";
import { LETTA_VERSION, PGSERVER_VERSION, type StackConfig } from "./config";
import { withLock } from "./lock";
import { findPython, formatVersion, type Python } from "./python";
import { StackError } from "./errors";
import { run } from "./run";

export interface Venv {
  dir: string;
  python: string;
  pyMinor: number;
  bin(name: string): string;
  sitePackages: string;
}

const CONSTRAINTS_FILE = path.join(import.meta.dirname, `constraints-${LETTA_VERSION}.txt`);
const MARKER = ".letta-ade-installed";
const PACKAGES = [
  `letta[server,redis]==${LETTA_VERSION}`,
  "asyncpg",
  "pgvector",
  "psycopg2-binary",
  "pg8000",
  `pgserver==${PGSERVER_VERSION}`,
];

const ALTERNATIVES = [
  "Alternatives:",
  "  - point LETTA_BASE_URL at a Letta server you already run, or",
  `  - run the official image: docker run -p 8283:8283 letta/letta:${LETTA_VERSION}`,
].join("\n");

function venvFor(config: StackConfig, python: Python): Venv {
  const pyMinor = python.version.minor;
  const dir = path.join(config.cacheDir, `venv-letta-${LETTA_VERSION}-py3.${pyMinor}`);
  return {
    dir,
    python: path.join(dir, "bin", "python"),
    pyMinor,
    bin: (name) => path.join(dir, "bin", name),
    sitePackages: path.join(dir, "lib", `python3.${pyMinor}`, "site-packages"),
  };
}

/** What the marker file holds: a venv built for other packages is rebuilt. */
function markerContent(): string {
  return `${PACKAGES.join(" ")}\n`;
}

function isComplete(venv: Venv): boolean {
  try {
    return fs.readFileSync(path.join(venv.dir, MARKER), "utf8") === markerContent();
  } catch {
    return false;
  }
}

function elapsed(since: number): string {
  const s = Math.round((Date.now() - since) / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

async function install(
  venv: Venv,
  python: Python,
  logFile: string,
  report: (line: string) => void,
  alongside?: (venv: Venv) => Promise<void>,
): Promise<void> {
  fs.rmSync(venv.dir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(venv.dir), { recursive: true });
  report(`install: creating ${venv.dir} with ${python.command} ${formatVersion(python.version)}`);
  const made = await run(python.command, ["-m", "venv", venv.dir], { logFile });
  if (made.code !== 0) {
    throw new StackError(
      "install",
      `could not create a venv with ${python.command} (is the venv module installed?)`,
      logFile,
    );
  }
  report(`install: pip install ${PACKAGES.join(" ")} (a cold install takes ~5 minutes; full output in ${logFile})`);
  const started = Date.now();
  const side = alongside?.(venv).catch((error: unknown) => error);
  let collected = 0;
  let last = "resolving";
  const ticker = setInterval(
    () => report(`install: ${elapsed(started)}, ${collected} packages collected, ${last}`),
    10_000,
  );
  const result = await run(
    venv.python,
    [
      "-m",
      "pip",
      "install",
      "--disable-pip-version-check",
      "--progress-bar",
      "off",
      "-c",
      CONSTRAINTS_FILE,
      ...PACKAGES,
    ],
    {
      logFile,
      env: { ...process.env, PIP_NO_INPUT: "1" },
      onLine: (line) => {
        if (line.startsWith("Collecting ")) collected += 1;
        if (/^(Collecting|Building|Installing|Successfully)/.test(line)) last = line.slice(0, 100);
        if (/^(ERROR|error:)/.test(line)) report(`install: ${line}`);
      },
    },
  ).finally(() => clearInterval(ticker));
  if (result.code !== 0) {
    throw new StackError(
      "install",
      `pip install of letta==${LETTA_VERSION} failed after ${elapsed(started)}.\n${ALTERNATIVES}`,
      logFile,
    );
  }
  const sideError = await side;
  if (sideError) throw sideError;
  fs.writeFileSync(path.join(venv.dir, MARKER), markerContent());
  report(`install: done in ${elapsed(started)}`);
}

/**
 * Finds Python 3.11–3.13 and makes (once, cached) the venv with Letta and pgserver. `alongside`
 * runs with the fresh venv's pip while the long install goes on.
 */
export async function ensureVenv(
  config: StackConfig,
  logFile: string,
  report: (line: string) => void,
  alongside?: (venv: Venv) => Promise<void>,
): Promise<Venv> {
  const { found, tried } = await findPython(config.python);
  if (!found) {
    throw new StackError(
      "install",
      `Letta ${LETTA_VERSION} needs Python 3.11, 3.12 or 3.13 (set ADE_PYTHON to choose one). Tried:\n  ${tried.join("\n  ")}\n${ALTERNATIVES}`,
    );
  }
  const venv = venvFor(config, found);
  if (isComplete(venv)) return venv;
  return withLock(
    `${venv.dir}.lock`,
    () => report(`install: waiting for another process that is installing into ${venv.dir}`),
    async () => {
      if (!isComplete(venv)) await install(venv, found, logFile, report, alongside);
      return venv;
    },
  );
}
