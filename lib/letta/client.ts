import "server-only";
import Letta from "@letta-ai/letta-client";
import { accessConfig } from "@/lib/access/config";
import { publicUrl } from "@/lib/access/mask";
import { noteAnswered, noteUnreachable } from "./answered";
import { activeConnection, type LettaConnection } from "./connection";
import { toAppError } from "./errors";

const clients = new Map<string, { fingerprint: string; client: Letta }>();

function fingerprint(connection: LettaConnection): string {
  return JSON.stringify([connection.baseUrl, connection.apiKey ?? "", connection.projectId ?? ""]);
}

/** A new SDK client for a connection; use `lettaClient` for the shared one. */
export function createLettaClient(
  connection: LettaConnection,
  options: { timeout?: number; maxRetries?: number } = {},
): Letta {
  return new Letta({
    baseURL: connection.baseUrl,
    // The SDK reads LETTA_API_KEY from the environment when apiKey is undefined; pass null explicitly.
    apiKey: connection.apiKey ?? null,
    projectID: connection.projectId ?? null,
    timeout: options.timeout ?? 30_000,
    maxRetries: options.maxRetries ?? 1,
  });
}

/**
 * One SDK client per connection, built on first use and rebuilt when the connection's URL, secret or
 * project changes, so an edited connection is never served by a client holding the old settings.
 */
export function lettaClient(connection: LettaConnection): Letta {
  const current = fingerprint(connection);
  const cached = clients.get(connection.id);
  if (cached && cached.fingerprint === current) return cached.client;
  const client = createLettaClient(connection);
  clients.set(connection.id, { fingerprint: current, client });
  return client;
}

/** Drops the cached client of a removed connection. */
export function forgetLettaClient(connectionId: string): void {
  clients.delete(connectionId);
}

/** Runs a call against Letta (the request's active connection unless one is given) and maps whatever it throws to an AppError. */
export async function withLetta<T>(
  call: (client: Letta, connection: LettaConnection) => Promise<T>,
  connection?: LettaConnection,
): Promise<T> {
  const target = connection ?? (await activeConnection());
  try {
    const result = await call(lettaClient(target), target);
    noteAnswered(target);
    return result;
  } catch (error) {
    const appError = toAppError(error, { baseUrl: publicUrl(target.baseUrl, accessConfig().demo) });
    if (appError.code === "unreachable") noteUnreachable(target);
    throw appError;
  }
}
