import "server-only";
import type { LettaConnection } from "./connection";

// On globalThis: Next.js may load this module once per bundle (the watch's route, the status route, pages).
const scope = globalThis as typeof globalThis & { [key: symbol]: Map<string, number> | undefined };
const slot = Symbol.for("letta-ade.letta-answered");
const answeredAt: Map<string, number> = (scope[slot] ??= new Map<string, number>());
const failedSlot = Symbol.for("letta-ade.letta-unreachable");
const unreachableAt: Map<string, number> = (scope[failedSlot] ??= new Map<string, number>());

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
export function noteUnreachable(connection: LettaConnection, now = Date.now()): void {
  answeredAt.delete(keyOf(connection));
  unreachableAt.set(keyOf(connection), now);
}

/** When a read last found Letta unreachable on this connection (0: never). */
export function lastUnreachable(connection: LettaConnection): number {
  return unreachableAt.get(keyOf(connection)) ?? 0;
}
