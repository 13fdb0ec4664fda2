import "server-only";
import Letta from "@letta-ai/letta-client";
import { activeConnection, type LettaConnection } from "./connection";
import { toAppError } from "./errors";

const clients = new Map<string, Letta>();

function clientKey(connection: LettaConnection): string {
  return JSON.stringify([connection.id, connection.baseUrl, connection.apiKey ?? "", connection.projectId ?? ""]);
}

/** One SDK client per connection, built on first use. */
export function lettaClient(connection: LettaConnection = activeConnection()): Letta {
  const key = clientKey(connection);
  let client = clients.get(key);
  if (!client) {
    client = new Letta({
      baseURL: connection.baseUrl,
      // The SDK reads LETTA_API_KEY from the environment when apiKey is undefined; pass null explicitly.
      apiKey: connection.apiKey ?? null,
      projectID: connection.projectId ?? null,
      timeout: 30_000,
      maxRetries: 1,
    });
    clients.set(key, client);
  }
  return client;
}

/** Runs a call against Letta and maps whatever it throws to an AppError. */
export async function withLetta<T>(
  call: (client: Letta, connection: LettaConnection) => Promise<T>,
  connection: LettaConnection = activeConnection(),
): Promise<T> {
  try {
    return await call(lettaClient(connection), connection);
  } catch (error) {
    throw toAppError(error, { baseUrl: connection.baseUrl });
  }
}
