import { EventEmitter } from "node:events";

/**
 * What carries watch messages between the ADE's servers: every message published reaches every
 * subscriber on every server sharing the database, the publishing server included, in the order one
 * server published them. In-process by default (one server); the store's notify/listen bus with several.
 */
export interface WatchCarrier {
  publish(message: string): Promise<void>;
  /** Resolves once listening; the returned function stops. */
  subscribe(handler: (message: string) => void): Promise<() => Promise<void>>;
}

/** One server: messages go straight to this process's subscribers. */
export function inProcessCarrier(): WatchCarrier {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(message) {
      emitter.emit("message", message);
    },
    async subscribe(handler) {
      emitter.on("message", handler);
      return async () => {
        emitter.off("message", handler);
      };
    },
  };
}
