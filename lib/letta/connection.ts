import "server-only";
import { cookies } from "next/headers";
import { accessConfig } from "@/lib/access/config";
import { maskId, publicUrl } from "@/lib/access/mask";
import { isAllowedConnection } from "@/lib/connections/allowlist";
import { readConnections, type StoredConnection } from "@/lib/connections/store";
import { ENV_CONNECTION_ID, type ConnectionKind, type PublicConnection } from "@/lib/connections/types";
import { serverEnv } from "@/lib/env/server";
import { AppError } from "@/lib/errors";

export type { PublicConnection } from "@/lib/connections/types";

/** Where and how the ADE's server reaches Letta. The API key never leaves the server. */
export interface LettaConnection {
  id: string;
  name: string;
  kind: ConnectionKind;
  baseUrl: string;
  apiKey?: string;
  projectId?: string;
  readOnly: boolean;
}

/** The httpOnly cookie naming the connection this browser uses; no cookie means the environment's. */
export const ACTIVE_CONNECTION_COOKIE = "ade-connection";

export function envConnection(): LettaConnection {
  const env = serverEnv();
  return {
    id: ENV_CONNECTION_ID,
    name: "Default (environment)",
    kind: new URL(env.LETTA_BASE_URL).hostname === "api.letta.com" ? "cloud" : "self-hosted",
    baseUrl: env.LETTA_BASE_URL,
    apiKey: env.LETTA_API_KEY,
    projectId: env.LETTA_PROJECT_ID,
    readOnly: true,
  };
}

export function fromStored(stored: StoredConnection): LettaConnection {
  return {
    id: stored.id,
    name: stored.name,
    kind: stored.kind,
    baseUrl: stored.baseUrl,
    apiKey: stored.secret ?? undefined,
    projectId: stored.projectId ?? undefined,
    readOnly: false,
  };
}

/**
 * Every connection: the environment's first, then the saved ones. While the store cannot be reached, only
 * the environment's (the ADE keeps serving it; saving or choosing another says why it cannot).
 */
export async function allConnections(): Promise<LettaConnection[]> {
  const saved = await readConnections().catch((error: unknown) => {
    if (!(error instanceof AppError) || error.code !== "unreachable") throw error;
    console.error(error.message);
    return [];
  });
  return [envConnection(), ...saved.map(fromStored)];
}

export async function findConnection(id: string): Promise<LettaConnection | undefined> {
  if (id === ENV_CONNECTION_ID) return envConnection();
  const stored = (await readConnections()).find((connection) => connection.id === id);
  return stored ? fromStored(stored) : undefined;
}

/**
 * The connection of the current request: the one this browser chose (its cookie), or the environment's
 * when it chose none or the chosen one was removed. Route handlers and server components alike resolve
 * it from the request's cookie, so they always agree.
 */
export async function activeConnection(): Promise<LettaConnection> {
  const chosen = (await cookies()).get(ACTIVE_CONNECTION_COOKIE)?.value;
  if (!chosen) return envConnection();
  const connection = await findConnection(chosen);
  // A connection saved before ADE_CONNECTION_ALLOWLIST listed other hosts is not used any more.
  return connection && isAllowedConnection(connection) ? connection : envConnection();
}

/** What the browser sees of a connection; in demo mode its private host and project are masked. */
export function toPublicConnection(connection: LettaConnection): PublicConnection {
  const { demo } = accessConfig();
  return {
    id: connection.id,
    name: connection.name,
    kind: connection.kind,
    baseUrl: publicUrl(connection.baseUrl, demo),
    projectId: connection.projectId ? (demo ? maskId(connection.projectId) : connection.projectId) : null,
    hasSecret: Boolean(connection.apiKey),
    readOnly: connection.readOnly,
  };
}
