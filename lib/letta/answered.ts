import "server-only";
import type { LettaConnection } from "./connection";

const answeredAt = new Map<string, number>();

const keyOf = (connection: LettaConnection) => `${connection.id}\n${connection.baseUrl}`;

/** Notes that Letta just answered a read on this connection (it is reachable, the credentials work). */
export function noteAnswered(connection: LettaConnection, now = Date.now()): void {
  answeredAt.set(keyOf(connection), now);
}

/** When Letta last answered a read on this connection (0: never since the server started). */
export function lastAnswered(connection: LettaConnection): number {
  return answeredAt.get(keyOf(connection)) ?? 0;
}

/** Notes that Letta could not be reached: nothing vouches for the connection until it answers again. */
export function noteUnreachable(connection: LettaConnection): void {
  answeredAt.delete(keyOf(connection));
}
