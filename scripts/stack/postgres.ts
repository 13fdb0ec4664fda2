import fs from "node:fs";
import path from "node:path";
import { HOST, PG_DATABASE, PG_SUPERUSER, type StackConfig, type StackPaths } from "./config";
import { waitFor } from "./health";
import { stopProcess } from "./processes";
import { StackError } from "./errors";
import { run, type RunOptions } from "./run";
import type { Venv } from "./venv";

/** Owner of the server processes when we run as root (postgres refuses to run as root). */
const PG_SYSTEM_USER = "letta-pg";
/** Longest unix socket path the kernel takes (sun_path is 108 bytes). */
const MAX_SOCKET_PATH = 107;

interface RunAs {
  name: string;
  uid: number;
  gid: number;
}

export interface PgRuntime {
  binDir: string;
  /** Set when we are root: initdb, postgres and pg_ctl then run as this user. */
  runAs?: RunAs;
}

const isRoot = () => process.getuid?.() === 0;

async function lookupUser(name: string): Promise<RunAs | undefined> {
  const uid = await run("id", ["-u", name]);
  const gid = await run("id", ["-g", name]);
  if (uid.code !== 0 || gid.code !== 0) return undefined;
  return { name, uid: Number(uid.output.trim()), gid: Number(gid.output.trim()) };
}

async function ensureSystemUser(report: (line: string) => void): Promise<RunAs> {
  const existing = await lookupUser(PG_SYSTEM_USER);
  if (existing) return existing;
  const made = await run("useradd", [
    "--system",
    "--user-group",
    "--no-create-home",
    "--shell",
    "/usr/sbin/nologin",
    PG_SYSTEM_USER,
  ]);
  const created = made.code === 0 ? await lookupUser(PG_SYSTEM_USER) : undefined;
  if (created) {
    report(`postgres: running as root, created system user ${PG_SYSTEM_USER} to own the database`);
    return created;
  }
  const nobody = await lookupUser("nobody");
  if (!nobody)
    throw new StackError("postgres", `running as root and could not create user ${PG_SYSTEM_USER}: ${made.output}`);
  report(`postgres: could not create user ${PG_SYSTEM_USER}; running postgres as nobody`);
  return nobody;
}

/**
 * Where the PostgreSQL binaries shipped in the pgserver wheel are. As root, postgres must run as
 * another user who usually cannot reach into root's cache, so the binaries are copied into the
 * stack dir (keeping the wheel's layout, which their rpath relies on).
 */
export async function pgRuntime(venv: Venv, paths: StackPaths, report: (line: string) => void): Promise<PgRuntime> {
  const wheelBin = path.join(venv.sitePackages, "pgserver", "pginstall", "bin");
  if (!isRoot()) return { binDir: wheelBin };
  const runAs = await ensureSystemUser(report);
  const binDir = path.join(paths.pgInstall, "pgserver", "pginstall", "bin");
  const copied = path.join(paths.pgInstall, ".complete");
  if (!fs.existsSync(copied)) {
    fs.rmSync(paths.pgInstall, { recursive: true, force: true });
    for (const part of [path.join("pgserver", "pginstall"), "pgserver.libs"]) {
      fs.cpSync(path.join(venv.sitePackages, part), path.join(paths.pgInstall, part), { recursive: true });
    }
    fs.writeFileSync(copied, "");
  }
  const probe = await run(path.join(binDir, "postgres"), ["--version"], { uid: runAs.uid, gid: runAs.gid });
  if (probe.code !== 0) {
    throw new StackError(
      "postgres",
      `user ${runAs.name} cannot run ${binDir}/postgres (${probe.output.trim()}). ` +
        "Every directory above the stack dir must be searchable by others (chmod o+x), or choose another ADE_STACK_DIR.",
    );
  }
  return { binDir, runAs };
}

function asOwner(rt: PgRuntime, extra: RunOptions = {}): RunOptions {
  return { ...extra, uid: rt.runAs?.uid, gid: rt.runAs?.gid };
}

/** Runs initdb once; a data dir with PG_VERSION is left alone. */
export async function ensureCluster(rt: PgRuntime, paths: StackPaths, report: (line: string) => void): Promise<void> {
  if (fs.existsSync(path.join(paths.pgData, "PG_VERSION"))) return;
  fs.rmSync(paths.pgData, { recursive: true, force: true });
  for (const dir of [paths.pgData, paths.pgSocketDir]) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (rt.runAs) fs.chownSync(dir, rt.runAs.uid, rt.runAs.gid);
  }
  report(`postgres: initdb ${paths.pgData}`);
  const args = ["-D", paths.pgData, "-U", PG_SUPERUSER, "--auth=trust", "--encoding=UTF8", "--locale=C"];
  const result = await run(path.join(rt.binDir, "initdb"), args, asOwner(rt, { logFile: paths.log("postgres") }));
  if (result.code !== 0) throw new StackError("postgres", "initdb failed", paths.log("postgres"));
}

export function postgresArgs(config: StackConfig, paths: StackPaths): string[] {
  const socketPath = path.join(paths.pgSocketDir, `.s.PGSQL.${config.pgPort}`);
  const socketDirs = socketPath.length <= MAX_SOCKET_PATH ? paths.pgSocketDir : "";
  return [
    "-D",
    paths.pgData,
    "-p",
    String(config.pgPort),
    "-c",
    `listen_addresses=${HOST}`,
    "-c",
    `unix_socket_directories=${socketDirs}`,
  ];
}

export async function pgReady(binDir: string, port: number): Promise<boolean> {
  const result = await run(
    path.join(binDir, "pg_isready"),
    ["-q", "-h", HOST, "-p", String(port), "-U", PG_SUPERUSER],
    {
      timeoutMs: 5_000,
    },
  );
  return result.code === 0;
}

async function psql(binDir: string, port: number, database: string, sql: string, logFile: string) {
  const args = [
    "-h",
    HOST,
    "-p",
    String(port),
    "-U",
    PG_SUPERUSER,
    "-d",
    database,
    "-v",
    "ON_ERROR_STOP=1",
    "-tAc",
    sql,
  ];
  const result = await run(path.join(binDir, "psql"), args, { timeoutMs: 30_000 });
  if (result.code !== 0) {
    fs.appendFileSync(logFile, `\n=== psql ${args.join(" ")}\n${result.output}`);
    throw new StackError("postgres", `psql failed: ${sql}`, logFile);
  }
  return result.output.trim();
}

/** Creates the `letta` database and the pgvector extension when they are missing. */
export async function ensureDatabase(rt: PgRuntime, port: number, logFile: string): Promise<void> {
  const exists = await psql(
    rt.binDir,
    port,
    "postgres",
    `SELECT 1 FROM pg_database WHERE datname = '${PG_DATABASE}'`,
    logFile,
  );
  if (exists !== "1") await psql(rt.binDir, port, "postgres", `CREATE DATABASE ${PG_DATABASE}`, logFile);
  await psql(rt.binDir, port, PG_DATABASE, "CREATE EXTENSION IF NOT EXISTS vector", logFile);
}

/** The alembic revision the database is at, or undefined on a fresh database. */
export async function currentRevision(binDir: string, port: number, logFile: string): Promise<string | undefined> {
  const hasTable = await psql(
    binDir,
    port,
    PG_DATABASE,
    "SELECT to_regclass('public.alembic_version') IS NOT NULL",
    logFile,
  );
  if (hasTable !== "t") return undefined;
  const revision = await psql(binDir, port, PG_DATABASE, "SELECT version_num FROM alembic_version", logFile);
  return revision || undefined;
}

/** `pg_ctl stop -m fast` as the data dir's owner; falls back to signals. */
export async function stopPostgres(postgresBinary: string, paths: StackPaths, pid: number): Promise<string> {
  const owner = fs.statSync(paths.pgData, { throwIfNoEntry: false });
  const pgCtl = path.join(path.dirname(postgresBinary), "pg_ctl");
  const result = await run(pgCtl, ["stop", "-D", paths.pgData, "-m", "fast", "-w", "-t", "30"], {
    uid: owner && isRoot() ? owner.uid : undefined,
    gid: owner && isRoot() ? owner.gid : undefined,
    logFile: paths.log("postgres"),
  });
  if (
    result.code === 0 &&
    (await waitFor(() => !fs.existsSync(path.join(paths.pgData, "postmaster.pid")), { timeoutMs: 5_000 }))
  ) {
    return "stopped (pg_ctl stop -m fast)";
  }
  return `${await stopProcess(pid)} (pg_ctl failed)`;
}
