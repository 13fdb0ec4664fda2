import { sql } from "drizzle-orm";
import type { StoreDb, StoreTx } from "./db";

export type Handler = (payload: string) => void;

/** How a backend delivers notifications: subscribe to one channel; `onGap` after a lost connection returns. */
export interface Listener {
  subscribe(channel: string, deliver: Handler): Promise<void>;
  unsubscribe(channel: string): Promise<void>;
  onGap(callback: () => void): void;
  close(): Promise<void>;
}

const channelPattern = /^[a-z][a-z0-9_]{0,62}$/;

function checkChannel(channel: string): void {
  if (!channelPattern.test(channel))
    throw new Error(`A store channel is lower-case letters, digits and _ (got "${channel}").`);
}

/**
 * Notifications between ADE processes that share a store (Postgres LISTEN/NOTIFY; in-process with PGlite).
 * Payloads are text up to 8000 bytes; a notification sent inside a transaction arrives when it commits.
 */
export class Bus {
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly gapHandlers = new Set<() => void>();

  constructor(
    private readonly db: StoreDb,
    private readonly listener: Listener,
  ) {
    listener.onGap(() => {
      for (const callback of this.gapHandlers) callback();
    });
  }

  async notify(channel: string, payload: string, tx?: StoreTx): Promise<void> {
    checkChannel(channel);
    await (tx ?? this.db).execute(sql`select pg_notify(${channel}, ${payload})`);
  }

  /** Calls `handler` for each notification on `channel`; the returned function stops it. */
  async listen(channel: string, handler: Handler): Promise<() => Promise<void>> {
    checkChannel(channel);
    let set = this.handlers.get(channel);
    if (!set) {
      const fresh = new Set<Handler>();
      this.handlers.set(channel, fresh);
      set = fresh;
      try {
        await this.listener.subscribe(channel, (payload) => this.deliver(channel, payload));
      } catch (error) {
        this.handlers.delete(channel);
        throw error;
      }
    }
    set.add(handler);
    return async () => {
      const current = this.handlers.get(channel);
      if (!current?.delete(handler) || current.size > 0) return;
      this.handlers.delete(channel);
      await this.listener.unsubscribe(channel);
    };
  }

  /** `callback` runs when notifications may have been missed (the listening connection was lost and is back). */
  onGap(callback: () => void): () => void {
    this.gapHandlers.add(callback);
    return () => this.gapHandlers.delete(callback);
  }

  private deliver(channel: string, payload: string): void {
    for (const handler of this.handlers.get(channel) ?? []) {
      try {
        handler(payload);
      } catch (error) {
        console.error(`A handler of the store channel "${channel}" failed:`, error);
      }
    }
  }

  close(): Promise<void> {
    this.handlers.clear();
    this.gapHandlers.clear();
    return this.listener.close();
  }
}
