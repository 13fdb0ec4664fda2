import fs from "node:fs";
import path from "node:path";
import { COMPONENTS, repoRoot, stackPaths, urls, type Component, type StackConfig, type StackPaths } from "./config";
import { ensureRunning } from "./component";
import { lettaCommand, lettaEnv, lettaHealth } from "./letta";
import { downloadSdist, ensureAlembic, migrate } from "./migrations";
import { modelServerCommand, modelServerHealthy } from "./model-server";
import { ensureCluster, ensureDatabase, pgReady, pgRuntime, postgresArgs, stopPostgres } from "./postgres";
import { isAlive, liveRecord, removePidRecord, stopProcess } from "./processes";
import { StackError } from "./errors";
import { ensureVenv } from "./venv";

export type Report = (line: string) => void;

export interface StackInfo {
  stackDir: string;
  lettaBaseUrl: string;
  /** Undefined when a real OpenAI provider is configured (no scripted model server then). */
  modelBaseUrl?: string;
  pgUri: string;
  lettaVersion?: string;
  logs: Record<Component | "install" | "migrations", string>;
}

export interface ComponentStatus {
  component: Component;
  state: "healthy" | "unhealthy" | "stopped" | "not used";
  pid?: number;
  url: string;
  log: string;
}

function info(config: StackConfig, paths: StackPaths, lettaVersion?: string): StackInfo {
  const { lettaBaseUrl, modelBaseUrl, pgUri } = urls(config);
  return {
    stackDir: paths.stackDir,
    lettaBaseUrl,
    modelBaseUrl,
    pgUri,
    lettaVersion,
    logs: {
      postgres: paths.log("postgres"),
      "model-server": paths.log("model-server"),
      letta: paths.log("letta"),
      install: paths.log("install"),
      migrations: paths.log("migrations"),
    },
  };
}

function prepareDirs(paths: StackPaths): void {
  for (const dir of [paths.stackDir, paths.logsDir, paths.pidsDir, paths.lettaDir])
    fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(paths.marker))
    fs.writeFileSync(paths.marker, "A local Letta stack made by scripts/stack; stack:wipe deletes it.\n");
}

/** Brings up postgres, the migrations, the scripted model server (unless a real OpenAI is set) and Letta. */
export async function stackUp(config: StackConfig, report: Report = console.log): Promise<StackInfo> {
  const paths = stackPaths(config);
  prepareDirs(paths);
  const { lettaBaseUrl, modelBaseUrl, pgUri } = urls(config);
  report(`stack: ${paths.stackDir} (logs in ${paths.logsDir})`);

  const venv = await ensureVenv(config, paths.log("install"), report, (fresh) =>
    downloadSdist(config, fresh, paths.log("migrations"), report).then(() => undefined),
  );
  const head = await ensureAlembic(config, venv, paths.log("migrations"), report);

  const rt = await pgRuntime(venv, paths, report);
  await ensureCluster(rt, paths, report);
  const postgres = path.join(rt.binDir, "postgres");
  await ensureRunning({
    component: "postgres",
    paths,
    port: config.pgPort,
    healthy: () => pgReady(rt.binDir, config.pgPort),
    command: postgres,
    args: postgresArgs(config, paths),
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", LANG: "C" },
    cwd: paths.stackDir,
    marker: paths.pgData,
    uid: rt.runAs?.uid,
    gid: rt.runAs?.gid,
    timeoutMs: 60_000,
    report,
  });
  await ensureDatabase(rt, config.pgPort, paths.log("postgres"));

  const env = lettaEnv({ config, paths, venv, pgUri, modelBaseUrl });
  await migrate({ config, paths, venv, pgBinDir: rt.binDir, head, env, report });

  if (config.useScriptedModel) {
    const { command, args } = modelServerCommand(config);
    await ensureRunning({
      component: "model-server",
      paths,
      port: config.modelPort,
      healthy: () => modelServerHealthy(config),
      command,
      args,
      env: process.env,
      cwd: repoRoot,
      marker: "model-server",
      timeoutMs: 30_000,
      report,
    });
  } else {
    report("model-server: not started, OPENAI_API_KEY is set (Letta uses the configured provider)");
  }

  const letta = lettaCommand(config, venv);
  await ensureRunning({
    component: "letta",
    paths,
    port: config.lettaPort,
    healthy: async () => (await lettaHealth(config)) !== undefined,
    ...letta,
    env,
    cwd: paths.lettaDir,
    marker: "letta server",
    timeoutMs: 300_000,
    report,
  });
  const health = await lettaHealth(config);
  const result = info(config, paths, health?.version);
  report(`letta ${health?.version ?? "?"}: ${lettaBaseUrl}`);
  if (modelBaseUrl) report(`scripted models: ${modelBaseUrl}/v1`);
  report(`postgres: ${pgUri}`);
  return result;
}

/** The postmaster of our data dir, from postgres's own pid file (in case our record is gone). */
function postmasterPid(paths: StackPaths): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(paths.pgData, "postmaster.pid"), "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Stops one component, leaving the others running (fault tests stop Letta); `stackUp` starts it again. */
export async function stopComponent(
  config: StackConfig,
  component: Component,
  options: { graceMs?: number } = {},
  report: Report = console.log,
): Promise<void> {
  const paths = stackPaths(config);
  const pidFile = paths.pidFile(component);
  const record = liveRecord(pidFile);
  const pgPid = component === "postgres" ? (record?.pid ?? postmasterPid(paths)) : undefined;
  if (component === "postgres" && pgPid !== undefined) {
    const binary = record?.command ?? path.join(paths.pgInstall, "pgserver", "pginstall", "bin", "postgres");
    report(`postgres: ${await stopPostgres(binary, paths, pgPid)}`);
  } else if (record) {
    report(`${component}: ${await stopProcess(record.pid, options.graceMs)} (pid ${record.pid})`);
  } else {
    report(`${component}: not running`);
  }
  removePidRecord(pidFile);
}

/** Stops Letta, the model server and postgres, in that order. Safe when nothing runs. */
export async function stackDown(config: StackConfig, report: Report = console.log): Promise<void> {
  for (const component of [...COMPONENTS].reverse()) await stopComponent(config, component, {}, report);
}

export async function stackStatus(config: StackConfig): Promise<{ info: StackInfo; components: ComponentStatus[] }> {
  const paths = stackPaths(config);
  const { lettaBaseUrl, modelBaseUrl, pgUri } = urls(config);
  const health = await lettaHealth(config);
  const components: ComponentStatus[] = [];
  for (const component of COMPONENTS) {
    const record = liveRecord(paths.pidFile(component));
    const log = paths.log(component);
    if (component === "model-server" && !config.useScriptedModel) {
      components.push({ component, state: "not used", url: "(OPENAI_API_KEY is set)", log });
      continue;
    }
    const healthy =
      component === "letta"
        ? health !== undefined
        : component === "model-server"
          ? await modelServerHealthy(config)
          : record !== undefined && (await pgReady(path.dirname(record.command), config.pgPort));
    const url = component === "letta" ? lettaBaseUrl : component === "model-server" ? `${modelBaseUrl ?? ""}` : pgUri;
    const state = record ? (healthy ? "healthy" : "unhealthy") : "stopped";
    components.push({ component, state, pid: record?.pid, url, log });
  }
  return { info: info(config, paths, health?.version), components };
}

/** Stops the stack and deletes its directory (only a directory that this script made). */
export async function wipe(config: StackConfig, report: Report = console.log): Promise<void> {
  const paths = stackPaths(config);
  await stackDown(config, report);
  if (!fs.existsSync(paths.stackDir)) return;
  if (!fs.existsSync(paths.marker) && fs.readdirSync(paths.stackDir).length > 0) {
    throw new StackError(
      "wipe",
      `${paths.stackDir} was not made by scripts/stack (no ${path.basename(paths.marker)}); not deleting it`,
    );
  }
  fs.rmSync(paths.stackDir, { recursive: true, force: true });
  report(`wiped ${paths.stackDir}`);
}
