import fs from "node:fs";
import path from "node:path";
import { LETTA_VERSION, type StackConfig, type StackPaths } from "./config";
import { withLock } from "./lock";
import { currentRevision } from "./postgres";
import { StackError } from "./errors";
import { run } from "./run";
import type { Venv } from "./venv";

/** alembic/ and alembic.ini, taken from the letta sdist (the wheel lacks them). */
function alembicDir(config: StackConfig): string {
  return path.join(config.cacheDir, `letta-${LETTA_VERSION}-alembic`);
}

const HEAD_FILE = "HEAD";

export function withoutQuery(uri: string): string {
  const at = uri.indexOf("?");
  return at === -1 ? uri : uri.slice(0, at);
}

/** Parses `alembic heads` output ("9758adf8fdd3 (head)"); more than one head is an error. */
export function parseHeads(output: string): string[] {
  return [...output.matchAll(/^([0-9a-z_]+) \(head\)/gm)].map((m) => m[1] ?? "");
}

const EXTRACT = `
import sys, tarfile
archive, dest, prefix = sys.argv[1], sys.argv[2], sys.argv[3]
with tarfile.open(archive) as tar:
    members = [m for m in tar.getmembers() if m.name == prefix + "alembic.ini" or m.name.startswith(prefix + "alembic/")]
    for m in members:
        m.name = m.name[len(prefix):]
    tar.extractall(dest, members=members)
print(len(members), "files")
`;

function sdistDir(config: StackConfig): string {
  return path.join(config.cacheDir, "sdist");
}

function findSdist(config: StackConfig): string | undefined {
  const dir = sdistDir(config);
  const name = `letta-${LETTA_VERSION}.tar.gz`;
  return fs.existsSync(path.join(dir, name)) ? path.join(dir, name) : undefined;
}

/** Downloads the letta sdist into the cache (pip's `download` builds its metadata: ~1 minute). */
export async function downloadSdist(
  config: StackConfig,
  venv: Venv,
  logFile: string,
  report: (line: string) => void,
): Promise<string> {
  const existing = findSdist(config);
  if (existing) return existing;
  const dir = sdistDir(config);
  const tmp = `${dir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  report(
    `migrations: pip download --no-binary :all: letta==${LETTA_VERSION} (the sdist carries the alembic migrations)`,
  );
  const download = await run(
    venv.python,
    [
      "-m",
      "pip",
      "download",
      "--disable-pip-version-check",
      "--no-binary",
      ":all:",
      "--no-deps",
      "-d",
      tmp,
      `letta==${LETTA_VERSION}`,
    ],
    { logFile },
  );
  const sdist = fs.readdirSync(tmp).find((f) => f === `letta-${LETTA_VERSION}.tar.gz`);
  if (download.code !== 0 || !sdist)
    throw new StackError("migrations", `could not download the letta ${LETTA_VERSION} sdist`, logFile);
  fs.mkdirSync(dir, { recursive: true });
  fs.renameSync(path.join(tmp, sdist), path.join(dir, sdist));
  fs.rmSync(tmp, { recursive: true, force: true });
  report("migrations: sdist downloaded");
  return path.join(dir, sdist);
}

async function extractAlembic(
  config: StackConfig,
  venv: Venv,
  dir: string,
  logFile: string,
  report: (line: string) => void,
) {
  const sdist = await downloadSdist(config, venv, logFile, report);
  const out = `${dir}.tmp-${process.pid}`;
  fs.rmSync(out, { recursive: true, force: true });
  const extracted = await run(venv.python, ["-c", EXTRACT, sdist, out, `letta-${LETTA_VERSION}/`], { logFile });
  if (extracted.code !== 0 || !fs.existsSync(path.join(out, "alembic.ini"))) {
    throw new StackError("migrations", "could not extract alembic/ from the letta sdist", logFile);
  }
  const heads = await run(venv.bin("alembic"), ["heads"], { cwd: out, logFile });
  const [head, ...more] = parseHeads(heads.output);
  if (heads.code !== 0 || !head || more.length > 0)
    throw new StackError("migrations", "could not read the alembic head revision", logFile);
  fs.writeFileSync(path.join(out, HEAD_FILE), `${head}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(out, dir);
}

/** Makes sure the migrations are in the cache; returns the head revision. */
export async function ensureAlembic(
  config: StackConfig,
  venv: Venv,
  logFile: string,
  report: (line: string) => void,
): Promise<string> {
  const dir = alembicDir(config);
  const headFile = path.join(dir, HEAD_FILE);
  if (!fs.existsSync(headFile)) {
    await withLock(
      `${dir}.lock`,
      () => report("migrations: waiting for another process that is fetching the migrations"),
      async () => {
        if (!fs.existsSync(headFile)) await extractAlembic(config, venv, dir, logFile, report);
      },
    );
  }
  return fs.readFileSync(headFile, "utf8").trim();
}

/** Runs `alembic upgrade head` unless the database already is at head. */
export async function migrate(options: {
  config: StackConfig;
  paths: StackPaths;
  venv: Venv;
  pgBinDir: string;
  head: string;
  env: Record<string, string | undefined>;
  report: (line: string) => void;
}): Promise<void> {
  const { config, paths, venv, report } = options;
  const logFile = paths.log("migrations");
  const current = await currentRevision(options.pgBinDir, config.pgPort, logFile);
  if (current === options.head) {
    report(`migrations: database at head ${options.head}`);
    return;
  }
  report(
    `migrations: alembic upgrade head (from ${current ?? "an empty database"} to ${options.head}; log ${logFile})`,
  );
  const started = Date.now();
  // Letta turns LETTA_PG_URI into a pg8000 URI for alembic, and pg8000 rejects `sslmode` (it never
  // uses TLS unless asked), while the server's asyncpg engine demands TLS unless the URI has it.
  const env = { ...options.env, LETTA_PG_URI: withoutQuery(options.env.LETTA_PG_URI ?? "") };
  const result = await run(venv.bin("alembic"), ["upgrade", "head"], { cwd: alembicDir(config), env, logFile });
  if (result.code !== 0) throw new StackError("migrations", "alembic upgrade head failed", logFile);
  report(`migrations: done in ${Math.round((Date.now() - started) / 1000)}s`);
}
