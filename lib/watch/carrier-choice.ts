import "server-only";
import { inProcessCarrier, type WatchCarrier } from "./carrier";

let chosen: Promise<WatchCarrier> | null = null;

/** The carrier of this server's watch messages: in-process (one ADE server). */
export function watchCarrier(): Promise<WatchCarrier> {
  chosen ??= Promise.resolve(inProcessCarrier());
  return chosen;
}
