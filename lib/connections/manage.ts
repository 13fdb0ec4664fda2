import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import { forgetLettaClient } from "@/lib/letta/client";
import {
  allConnections,
  findConnection,
  fromStored,
  toPublicConnection,
  type LettaConnection,
} from "@/lib/letta/connection";
import { checkConnection } from "@/lib/letta/server-status";
import { assertAllowedConnection } from "./allowlist";
import type { ConnectionInput } from "./schema";
import { updateConnections, type StoredConnection } from "./store";
import {
  ENV_CONNECTION_ID,
  LETTA_CLOUD_URL,
  type ConnectionCheck,
  type ConnectionList,
  type PublicConnection,
  type SaveResult,
} from "./types";

export async function listConnections(activeId: string): Promise<ConnectionList> {
  const connections = await allConnections();
  const active = connections.some((connection) => connection.id === activeId) ? activeId : ENV_CONNECTION_ID;
  return { connections: connections.map(toPublicConnection), activeId: active };
}

function notFound(): AppError {
  return new AppError("not_found", "That connection does not exist (any more).", "Reload the connections page.");
}

function readOnly(): AppError {
  return new AppError(
    "invalid_input",
    "The default connection comes from the ADE's environment and cannot be changed here.",
    "Set LETTA_BASE_URL, LETTA_API_KEY and LETTA_PROJECT_ID where the ADE starts, or add a connection.",
  );
}

/** The connection the form describes; an empty secret keeps the stored one (`previous`) unless cleared. */
function describe(input: ConnectionInput, previous?: LettaConnection): LettaConnection {
  const typed = input.secret?.trim() ? input.secret.trim() : undefined;
  const apiKey = typed ?? (input.clearSecret ? undefined : previous?.apiKey);
  return {
    id: previous?.id ?? "unsaved",
    name: input.name,
    kind: input.kind,
    baseUrl: input.kind === "cloud" ? LETTA_CLOUD_URL : input.baseUrl,
    apiKey,
    projectId: input.kind === "cloud" && input.projectId ? input.projectId : undefined,
    readOnly: false,
  };
}

async function editable(id: string): Promise<LettaConnection> {
  if (id === ENV_CONNECTION_ID) throw readOnly();
  const connection = await findConnection(id);
  if (!connection) throw notFound();
  return connection;
}

/**
 * Tests what the form describes (for an existing connection a blank secret means its stored one), or a
 * saved connection as it is when there is no form.
 */
export async function testConnection(
  input: ConnectionInput | undefined,
  existingId?: string,
): Promise<ConnectionCheck> {
  const previous = existingId ? await findConnection(existingId) : undefined;
  if (existingId && !previous) throw notFound();
  if (!input) {
    if (!previous) throw notFound();
    assertAllowedConnection(previous);
    return checkConnection(previous, { fresh: true });
  }
  const described = describe(input, previous?.readOnly ? undefined : previous);
  assertAllowedConnection(described);
  return checkConnection(described, { fresh: true });
}

function toStored(connection: LettaConnection, createdAt: string): StoredConnection {
  return {
    id: connection.id,
    name: connection.name,
    kind: connection.kind,
    baseUrl: connection.baseUrl,
    secret: connection.apiKey ?? null,
    projectId: connection.projectId ?? null,
    createdAt,
    updatedAt: new Date().toISOString(),
  };
}

/** Checks, then saves a new connection. A failed check saves nothing unless `force` is set. */
export async function createConnection(input: ConnectionInput, force: boolean): Promise<SaveResult> {
  const connection = { ...describe(input), id: randomUUID() };
  assertAllowedConnection(connection);
  const check = await checkConnection(connection, { fresh: true });
  if (!check.ok && !force) return { connection: null, check };
  const saved = await updateConnections((connections) => {
    const stored = toStored(connection, new Date().toISOString());
    return { connections: [...connections, stored], result: stored };
  });
  return { connection: toPublicConnection(fromStored(saved)), check };
}

/** Checks, then saves changes to a connection (re-checked only when the URL, secret or project change). */
export async function updateConnection(id: string, input: ConnectionInput, force: boolean): Promise<SaveResult> {
  const previous = await editable(id);
  const next = describe(input, previous);
  assertAllowedConnection(next);
  const reachChanged =
    next.baseUrl !== previous.baseUrl || next.apiKey !== previous.apiKey || next.projectId !== previous.projectId;
  const check = reachChanged ? await checkConnection(next, { fresh: true }) : null;
  if (check && !check.ok && !force) return { connection: null, check };
  const saved = await updateConnections((connections) => {
    const existing = connections.find((connection) => connection.id === id);
    if (!existing) throw notFound();
    const stored = toStored(next, existing.createdAt);
    return {
      connections: connections.map((connection) => (connection.id === id ? stored : connection)),
      result: stored,
    };
  });
  forgetLettaClient(id);
  return { connection: toPublicConnection(fromStored(saved)), check };
}

export async function removeConnection(id: string): Promise<void> {
  await editable(id);
  await updateConnections((connections) => {
    if (!connections.some((connection) => connection.id === id)) throw notFound();
    return { connections: connections.filter((connection) => connection.id !== id), result: undefined };
  });
  forgetLettaClient(id);
}

/** Checks that a connection exists before a browser switches to it. */
export async function requireConnection(id: string): Promise<PublicConnection> {
  const connection = await findConnection(id);
  if (!connection) throw notFound();
  assertAllowedConnection(connection);
  return toPublicConnection(connection);
}
