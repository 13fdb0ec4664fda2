import "server-only";
import type { AppErrorCode } from "@/lib/errors";
import { lettaClient } from "./client";
import { activeConnection } from "./connection";
import { toAppError } from "./errors";
import { isVersionAtLeast, MIN_SERVER_VERSION } from "./version";

export type ServerStatus =
  | { state: "connected"; baseUrl: string; version: string; outdated: boolean; minimumVersion: string }
  | { state: "unauthorized" | "unreachable" | "error"; baseUrl: string; version?: string; code: AppErrorCode; message: string; hint: string };

const STATUS_TIMEOUT_MS = 5_000;

/** Asks the active Letta server for its health and whether our credentials work. Never throws. */
export async function getServerStatus(): Promise<ServerStatus> {
  const connection = activeConnection();
  const client = lettaClient(connection);
  const options = { timeout: STATUS_TIMEOUT_MS, maxRetries: 0 };
  let version: string | undefined;
  try {
    const health = await client.health(options);
    version = health.version;
    await client.agents.list({ limit: 1 }, options);
    return {
      state: "connected",
      baseUrl: connection.baseUrl,
      version,
      outdated: !isVersionAtLeast(version),
      minimumVersion: MIN_SERVER_VERSION,
    };
  } catch (error) {
    const appError = toAppError(error, { baseUrl: connection.baseUrl });
    const state =
      appError.code === "unauthorized" || appError.code === "forbidden"
        ? "unauthorized"
        : appError.code === "unreachable"
          ? "unreachable"
          : "error";
    return { state, baseUrl: connection.baseUrl, version, code: appError.code, message: appError.message, hint: appError.hint };
  }
}
