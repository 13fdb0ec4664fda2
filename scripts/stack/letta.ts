import { HOST, SCRIPTED_MODEL_KEY, type Env, type StackConfig, type StackPaths } from "./config";
import { getJson } from "./health";
import type { Venv } from "./venv";

/** Variables of our own environment that Letta (and alembic) inherit when they are set. */
const BASE_ENV = ["PATH", "HOME", "USER", "LANG", "LC_ALL", "TZ", "TMPDIR", "SSL_CERT_FILE", "REQUESTS_CA_BUNDLE"];
const PROXY_ENV = ["HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy"];

export interface LettaHealth {
  status: string;
  version: string;
}

export function isLettaHealth(body: unknown): body is LettaHealth {
  return (
    typeof body === "object" &&
    body !== null &&
    typeof (body as Record<string, unknown>).status === "string" &&
    typeof (body as Record<string, unknown>).version === "string"
  );
}

export async function lettaHealth(config: StackConfig): Promise<LettaHealth | undefined> {
  const body = await getJson(`http://${HOST}:${config.lettaPort}/v1/health/`);
  return isLettaHealth(body) ? body : undefined;
}

/**
 * The whole environment Letta and its migrations run with: a clean one (so that no stray
 * LETTA_*, SENTRY_DSN or OTEL setting of the caller leaks in), plus the provider keys.
 */
export function lettaEnv(options: {
  config: StackConfig;
  paths: StackPaths;
  venv: Venv;
  pgUri: string;
  modelBaseUrl?: string;
  parent?: Env;
}): Record<string, string> {
  const parent = options.parent ?? process.env;
  const env: Record<string, string> = {};
  for (const key of [...BASE_ENV, ...PROXY_ENV]) {
    const value = parent[key];
    if (value) env[key] = value;
  }
  env.PATH = [options.venv.bin(""), env.PATH ?? "/usr/bin:/bin"].join(":").replace(/\/:/, ":");
  Object.assign(env, options.config.providerEnv);
  if (options.modelBaseUrl) {
    env.OPENAI_API_KEY = SCRIPTED_MODEL_KEY;
    env.OPENAI_BASE_URL = `${options.modelBaseUrl}/v1`;
  }
  env.LETTA_PG_URI = options.pgUri;
  env.LETTA_DIR = options.paths.lettaDir;
  env.PYTHONUNBUFFERED = "1";
  // Letta's default opens a new Postgres connection per session without a connect timeout; some of
  // those connects stall for asyncpg's 60 s default. A pool reuses connections and bounds the wait.
  env.LETTA_DISABLE_SQLALCHEMY_POOLING = "false";
  env.LETTA_PG_POOL_SIZE = "10";
  env.LETTA_PG_MAX_OVERFLOW = "10";
  // The local stack serves one person, so MCP servers started as local commands (stdio) are allowed
  // (Letta refuses them by default, for shared servers). MCP_DISABLE_STDIO=true turns them off again.
  env.MCP_DISABLE_STDIO = parent.MCP_DISABLE_STDIO === "true" ? "true" : "false";
  // The inspector shows each step's raw model request and response: Letta 0.16.8 records them (in
  // Postgres) when this is on. It is its default; set here so that the stack does not depend on it.
  env.LETTA_TRACK_PROVIDER_TRACE = "true";
  return env;
}

export function lettaCommand(config: StackConfig, venv: Venv): { command: string; args: string[] } {
  return { command: venv.bin("letta"), args: ["server", "--host", HOST, "--port", String(config.lettaPort)] };
}
