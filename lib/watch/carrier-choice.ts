import "server-only";
import { randomUUID } from "node:crypto";
import { storeTarget } from "@/lib/store/config";
import { listen, notify, store } from "@/lib/store";
import { inProcessCarrier, type WatchCarrier } from "./carrier";
import { frameJoiner, toFrames } from "./frames";

const CHANNEL = "ade_watch";

/**
 * Several ADE servers on one Postgres (ADE_DATABASE_URL): the store's notify/listen bus (LISTEN/NOTIFY),
 * messages cut into frames that fit a notification. Publishes go out one at a time, so one server's
 * messages arrive in the order it sent them.
 */
function storeCarrier(): WatchCarrier {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    publish(message) {
      const frames = toFrames(randomUUID().slice(0, 12), message);
      const sent = queue.then(async () => {
        for (const frame of frames) await notify(CHANNEL, frame);
      });
      queue = sent.catch(() => undefined);
      return sent;
    },
    async subscribe(handler) {
      return listen(CHANNEL, frameJoiner(handler));
    },
  };
}

let chosen: Promise<WatchCarrier> | null = null;

/** The carrier of this server's watch messages: the store's bus with a shared Postgres, else in-process. */
export function watchCarrier(): Promise<WatchCarrier> {
  chosen ??= Promise.resolve(storeTarget().kind === "postgres" ? storeCarrier() : inProcessCarrier());
  return chosen;
}

/** Runs `callback` when the bus may have missed messages (its connection to Postgres was lost and is back). */
export async function onCarrierGap(callback: () => void): Promise<void> {
  if (storeTarget().kind !== "postgres") return;
  (await store()).bus.onGap(callback);
}
