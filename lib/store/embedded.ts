import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { ensurePrivateDir } from "./data-folder";
import type { Listener } from "./bus";
import type { StoreDb } from "./db";
import { lockEmbeddedStore } from "./embedded-lock";
import { migrationsFolder, refuseNewerStore } from "./migrate";

export interface Backend {
  db: StoreDb;
  listener: Listener;
  close(): Promise<void>;
}

/** PGlite (Postgres compiled to WebAssembly) in the data folder: one process, nothing to install. */
export async function openEmbedded(dir: string, label: string): Promise<Backend> {
  await ensurePrivateDir(path.dirname(dir));
  await ensurePrivateDir(dir);
  const unlock = lockEmbeddedStore(dir);
  let client: PGlite;
  try {
    client = await PGlite.create(dir);
  } catch (error) {
    unlock();
    throw error;
  }
  const db = drizzle({ client }) as unknown as StoreDb;
  try {
    await refuseNewerStore(db, label);
    await migrate(drizzle({ client }), { migrationsFolder });
  } catch (error) {
    await client.close();
    unlock();
    throw error;
  }
  const unsubscribers = new Map<string, () => Promise<void>>();
  const listener: Listener = {
    async subscribe(channel, deliver) {
      unsubscribers.set(channel, await client.listen(channel, deliver));
    },
    async unsubscribe(channel) {
      await unsubscribers.get(channel)?.();
      unsubscribers.delete(channel);
    },
    onGap() {
      // One process, one in-memory database: no connection to lose.
    },
    async close() {
      unsubscribers.clear();
    },
  };
  return {
    db,
    listener,
    async close() {
      await client.close();
      unlock();
    },
  };
}
