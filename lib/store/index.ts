// The ADE's own state: one store, two backends (PGlite in the data folder, or the Postgres named by
// ADE_DATABASE_URL), one SQL dialect. No "server-only" marker: proxy.ts reads sessions through it.
import type { Handler } from "./bus";
import { Bus } from "./bus";
import { storeTarget, type StoreTarget } from "./config";
import { dataDir } from "./data-folder";
import type { StoreDb, StoreTx } from "./db";
import type { Backend } from "./embedded";
import { storeFailure } from "./errors";

export { lockFor, type StoreDb, type StoreTx } from "./db";

export interface Store {
  target: StoreTarget;
  db: StoreDb;
  bus: Bus;
}

interface Holder {
  opening?: Promise<Store>;
  backend?: Backend;
}

// Next.js loads this module once per bundle (proxy, pages, route handlers) in one process: they share one store.
const key = Symbol.for("letta-ade.store");
function holder(): Holder {
  const scope = globalThis as typeof globalThis & { [key]?: Holder };
  scope[key] ??= {};
  return scope[key];
}

async function open(target: StoreTarget): Promise<Store> {
  const backend =
    target.kind === "embedded"
      ? await (await import("./embedded")).openEmbedded(target.dir, target.label)
      : await (await import("./postgres")).openPostgres(target.url, target.label);
  try {
    await importOnce(backend.db);
  } catch (error) {
    await backend.close();
    throw error;
  }
  holder().backend = backend;
  return { target, db: backend.db, bus: new Bus(backend.db, backend.listener) };
}

/** A store opened for the first time takes in the data folder a release before the store wrote. */
async function importOnce(db: StoreDb): Promise<void> {
  const { importDataFolder, wasImported } = await import("./import/data-folder");
  if (await wasImported(db)) return;
  const report = await importDataFolder(db, dataDir());
  const { skipped, sessionSecret, ...counts } = report;
  if (Object.values(counts).some((count) => count > 0) || sessionSecret || skipped.length > 0)
    console.log(`The ADE's store imported the data folder ${dataDir()}: ${JSON.stringify(report)}`);
}

/**
 * The store, opened (and migrated) on first use. When the database cannot be reached the call fails with
 * an error naming it and the next call tries again, so the ADE recovers by itself when it returns.
 */
export function store(): Promise<Store> {
  const state = holder();
  if (!state.opening) {
    const target = storeTarget();
    state.opening = open(target).catch((error: unknown) => {
      state.opening = undefined;
      throw storeFailure(target, error);
    });
  }
  return state.opening;
}

/** Runs `work` against the store's database; database failures become one error that names the database. */
export async function withDb<T>(work: (db: StoreDb) => Promise<T>): Promise<T> {
  const { db, target } = await store();
  try {
    return await work(db);
  } catch (error) {
    throw storeFailure(target, error);
  }
}

/** Runs `work` in one transaction: all of its writes land, or none do. */
export function transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
  return withDb((db) => db.transaction(work));
}

/** Sends `payload` to every ADE process listening on `channel` (this one included). */
export async function notify(channel: string, payload: string, tx?: StoreTx): Promise<void> {
  const { bus, target } = await store();
  await bus.notify(channel, payload, tx).catch((error: unknown) => {
    throw storeFailure(target, error);
  });
}

/** Calls `handler` for every notification on `channel`, from any ADE process on the store. */
export async function listen(channel: string, handler: Handler): Promise<() => Promise<void>> {
  const { bus } = await store();
  return bus.listen(channel, handler);
}

/** Closes the store (tests, shutdown); the next call opens it again. */
export async function closeStore(): Promise<void> {
  const state = holder();
  const opening = state.opening;
  state.opening = undefined;
  if (!opening) return;
  const opened = await opening.catch(() => undefined);
  await opened?.bus.close();
  await state.backend?.close();
  state.backend = undefined;
}
