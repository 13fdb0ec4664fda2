import "server-only";
import { APIError } from "@letta-ai/letta-client";
import { accessConfig } from "@/lib/access/config";
import { publicUrl } from "@/lib/access/mask";
import { diagnoseError, diagnoseHealth } from "@/lib/connections/diagnose";
import { describeServer } from "@/lib/connections/server-kind";
import type { ConnectionCheck, ConnectionProblem } from "@/lib/connections/types";
import { createLettaClient, lettaClient } from "./client";
import { identifyServer } from "./server-probe";
import { activeConnection, type LettaConnection } from "./connection";
import { toAppError } from "./errors";
import { MIN_SERVER_VERSION } from "./version";
import type { ServerStatus } from "@/lib/connections/types";
export type { ServerStatus };

/** A whole check (health, then an authenticated call) gives up after this long. */
const CHECK_TIMEOUT_MS = 6_000;
const REQUEST_TIMEOUT_MS = 5_000;

/** The health check reached a server that answered, but not as Letta: worth a closer look at what it is. */
function answeredButNotLetta(error: unknown): boolean {
  return (
    error instanceof APIError && error.status !== undefined && error.status < 500 && ![401, 403].includes(error.status)
  );
}

/** The problem, or what the server turned out to be when a closer look can tell (another product, a web site). */
async function explainOther(baseUrl: string, problem: ConnectionProblem): Promise<ConnectionProblem> {
  const found = describeServer(await identifyServer(baseUrl), baseUrl);
  return found ?? problem;
}

/**
 * Checks a connection the way the ADE will use it: the health endpoint (reachable, really Letta, recent
 * enough), then one authenticated call (credentials, project). Never throws; failures come back explained.
 */
export async function checkConnection(
  connection: LettaConnection,
  options: { fresh?: boolean } = {},
): Promise<ConnectionCheck> {
  const client = options.fresh ? createLettaClient(connection, { maxRetries: 0 }) : lettaClient(connection);
  const requestOptions = { timeout: REQUEST_TIMEOUT_MS, maxRetries: 0, signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) };
  const context = { baseUrl: connection.baseUrl, kind: connection.kind, hasSecret: Boolean(connection.apiKey) };
  const checkedAt = new Date().toISOString();
  let version: string | undefined;
  try {
    const health: unknown = await client.health(requestOptions);
    const unhealthy = diagnoseHealth(health, context);
    if (typeof health === "object" && health !== null && "version" in health && typeof health.version === "string")
      version = health.version;
    if (unhealthy && unhealthy.kind !== "outdated") {
      const problem = unhealthy.kind === "not_letta" ? await explainOther(connection.baseUrl, unhealthy) : unhealthy;
      return { ok: false, baseUrl: connection.baseUrl, version, problem, checkedAt };
    }
  } catch (error) {
    const diagnosed = diagnoseError(error, { ...context, step: "health" });
    const problem =
      answeredButNotLetta(error) && diagnosed.kind !== "wrong_path"
        ? await explainOther(connection.baseUrl, diagnosed)
        : diagnosed;
    return { ok: false, baseUrl: connection.baseUrl, problem, checkedAt };
  }
  try {
    await client.agents.list({ limit: 1 }, requestOptions);
  } catch (error) {
    return {
      ok: false,
      baseUrl: connection.baseUrl,
      version,
      problem: diagnoseError(error, { ...context, step: "auth" }),
      checkedAt,
    };
  }
  const outdated = version === undefined ? undefined : diagnoseHealth({ version }, context);
  if (outdated) return { ok: false, baseUrl: connection.baseUrl, version, problem: outdated, checkedAt };
  return { ok: true, baseUrl: connection.baseUrl, version: version ?? "unknown", checkedAt };
}

/** The active connection's state for the header. Never throws. */
export async function getServerStatus(): Promise<ServerStatus> {
  let connection: LettaConnection;
  try {
    connection = await activeConnection();
  } catch (error) {
    const appError = toAppError(error);
    return {
      connectionId: "",
      connectionName: "",
      baseUrl: "",
      state: "error",
      problem: "server_error",
      message: appError.message,
      hint: appError.hint,
    };
  }
  const check = await checkConnection(connection);
  const shownUrl = publicUrl(connection.baseUrl, accessConfig().demo);
  const base = { connectionId: connection.id, connectionName: connection.name, baseUrl: shownUrl };
  if (check.ok)
    return { ...base, state: "connected", version: check.version, outdated: false, minimumVersion: MIN_SERVER_VERSION };
  const { problem } = check;
  if (problem.kind === "outdated" && check.version) {
    return { ...base, state: "connected", version: check.version, outdated: true, minimumVersion: MIN_SERVER_VERSION };
  }
  const state =
    problem.kind === "unauthorized" || problem.kind === "forbidden"
      ? "unauthorized"
      : problem.kind === "unreachable" || problem.kind === "timeout" || problem.kind === "tls"
        ? "unreachable"
        : problem.kind === "unsupported" || problem.kind === "not_letta"
          ? "unsupported"
          : "error";
  const message = problem.message.split(connection.baseUrl).join(shownUrl);
  return {
    ...base,
    state,
    version: check.version,
    problem: problem.kind,
    message,
    hint: problem.hint,
    ...(problem.found ? { found: problem.found } : {}),
  };
}
