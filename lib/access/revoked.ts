import { lt } from "drizzle-orm";
import { listen, notify, store, transaction, withDb } from "@/lib/store";
import { revokedSessions } from "@/lib/store/schema/access";

const CHANNEL = "ade_session_revoked";

/**
 * Sessions ended by logging out, kept in the store until they would have expired anyway, so a copied
 * cookie stops working at logout, across restarts and on every ADE process on the store. Each process
 * holds the set in memory (the proxy checks it on every request) and hears of new ones by notification.
 */
let loaded: Promise<Set<string>> | undefined;

function sessionId(value: string): string | undefined {
  const [expires, nonce] = value.split(".");
  return expires && nonce ? `${expires}.${nonce}` : undefined;
}

async function load(): Promise<Set<string>> {
  const ids = new Set<string>();
  await listen(CHANNEL, (id) => ids.add(id));
  (await store()).bus.onGap(() => {
    // Notifications may have been missed while the connection was away: read the table again.
    void readAll().then(
      (fresh) => fresh.forEach((id) => ids.add(id)),
      () => undefined,
    );
  });
  for (const id of await readAll()) ids.add(id);
  return ids;
}

async function readAll(): Promise<string[]> {
  const rows = await withDb((db) => db.select({ id: revokedSessions.id }).from(revokedSessions));
  return rows.map((row) => row.id);
}

function revokedIds(): Promise<Set<string>> {
  loaded ??= load().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

/** Whether a session was logged out; when the store cannot say, the session counts as ended. */
export async function isRevoked(value: string): Promise<boolean> {
  const id = sessionId(value);
  if (id === undefined) return false;
  try {
    return (await revokedIds()).has(id);
  } catch (error) {
    console.error(`Treating a session as ended: ${error instanceof Error ? error.message : String(error)}`);
    return true;
  }
}

/** Ends a (verified) session value on every ADE process; drops entries that have expired on the way. */
export async function revoke(value: string, now: number): Promise<void> {
  const id = sessionId(value);
  if (!id) return;
  const expiresAt = Number(id.split(".")[0]);
  await transaction(async (tx) => {
    await tx.delete(revokedSessions).where(lt(revokedSessions.expiresAt, now));
    await tx.insert(revokedSessions).values({ id, expiresAt }).onConflictDoNothing();
    await notify(CHANNEL, id, tx);
  });
  (await revokedIds().catch(() => undefined))?.add(id);
}
