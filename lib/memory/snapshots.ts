import "server-only";
import { and, asc, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { lockFor, transaction, withDb, type StoreTx } from "@/lib/store";
import { blockSnapshots as table } from "@/lib/store/schema/memory";
import type { Snapshot } from "./attribution";
import { connectionKey } from "./connection-key";

/**
 * The block values the ADE has seen, kept in the ADE's store so the memory timeline can show a change no
 * tool call or ADE save explains, the same on every ADE process. Letta 0.16.8 keeps no history of block values
 * that its API exposes (its block_history table is filled only by an unused checkpoint method).
 * Bounded: per block the newest MAX_SNAPSHOTS values up to MAX_CHARS characters, and MAX_BLOCKS blocks per
 * connection (the least recently changed go first).
 */
const MAX_SNAPSHOTS = 50;
const MAX_CHARS = 200_000;
const MAX_BLOCKS = 2_000;
let newBlocksSincePrune = 0;

const blockIdPattern = /^[A-Za-z0-9_-]{1,100}$/;

/** The newest items (oldest first) within the bounds on count and total length; always at least the newest. */
function newestWithin<T>(items: readonly T[], length: (item: T) => number, maxCount: number, maxChars: number): T[] {
  const kept: T[] = [];
  let chars = 0;
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index];
    if (item === undefined) continue;
    if (kept.length > 0 && (kept.length >= maxCount || chars + length(item) > maxChars)) break;
    kept.unshift(item);
    chars += length(item);
  }
  return kept;
}

/** Keeps the newest snapshots within the bounds (always at least the newest one). */
export function trimSnapshots(
  snapshots: readonly Snapshot[],
  maxCount = MAX_SNAPSHOTS,
  maxChars = MAX_CHARS,
): Snapshot[] {
  return newestWithin(snapshots, (snapshot) => snapshot.value.length, maxCount, maxChars);
}

const ofBlock = (key: string, blockId: string) => and(eq(table.connectionKey, key), eq(table.blockId, blockId));

/** Moves a snapshot's lastSeen forward (never back). */
async function extendLastSeen(db: Pick<StoreTx, "update">, id: number, at: string): Promise<void> {
  await db
    .update(table)
    .set({ lastSeen: at })
    .where(and(eq(table.id, id), lt(table.lastSeen, at)));
}

async function newestOf(db: Pick<StoreTx, "select">, key: string, blockId: string) {
  const [newest] = await db
    .select({ id: table.id, value: table.value })
    .from(table)
    .where(ofBlock(key, blockId))
    .orderBy(desc(table.firstSeen), desc(table.id))
    .limit(1);
  return newest;
}

/**
 * Adds a value unless it is the newest already. One at a time per block across every ADE process, so the
 * same change seen by two of them is kept once. Answers whether the block was new.
 */
async function addSnapshot(key: string, blockId: string, value: string, at: string): Promise<boolean> {
  return transaction(async (tx) => {
    await lockFor(tx, `ade_block_snapshots\n${key}\n${blockId}`);
    const newest = await newestOf(tx, key, blockId);
    if (newest?.value === value) {
      await extendLastSeen(tx, newest.id, at);
      return false;
    }
    await tx.insert(table).values({ connectionKey: key, blockId, value, firstSeen: at, lastSeen: at });
    const rows = await tx
      .select({ id: table.id, chars: sql<number>`length(${table.value})`.mapWith(Number) })
      .from(table)
      .where(ofBlock(key, blockId))
      .orderBy(asc(table.firstSeen), asc(table.id));
    const keep = new Set(newestWithin(rows, (row) => row.chars, MAX_SNAPSHOTS, MAX_CHARS).map((row) => row.id));
    const drop = rows.filter((row) => !keep.has(row.id)).map((row) => row.id);
    if (drop.length > 0) await tx.delete(table).where(inArray(table.id, drop));
    return newest === undefined;
  });
}

/** Deletes the least recently changed blocks of a connection beyond MAX_BLOCKS. */
async function prune(key: string): Promise<void> {
  await withDb((db) =>
    db.execute(sql`
      delete from ${table} where ${table.connectionKey} = ${key} and ${table.blockId} in (
        select ${table.blockId} from ${table} where ${table.connectionKey} = ${key}
        group by ${table.blockId} order by max(${table.id}) desc offset ${MAX_BLOCKS})`),
  );
}

async function observe(key: string, blockId: string, value: string, at: string): Promise<void> {
  // Most reads find the value unchanged: one read and at most one small update, no lock.
  const newest = await withDb((db) => newestOf(db, key, blockId));
  if (newest?.value === value) {
    await withDb((db) => extendLastSeen(db, newest.id, at));
    return;
  }
  if (!(await addSnapshot(key, blockId, value, at))) return;
  newBlocksSincePrune += 1;
  if (newBlocksSincePrune >= 50) {
    newBlocksSincePrune = 0;
    await prune(key);
  }
}

/** Records the values of blocks just read from the server. Never fails the caller: a write error is logged. */
export async function observeBlocks(
  connectionId: string,
  blocks: readonly { id: string; value: string }[],
  at = new Date().toISOString(),
): Promise<void> {
  const key = connectionKey(connectionId);
  await Promise.all(
    blocks
      .filter((block) => blockIdPattern.test(block.id))
      .map((block) =>
        observe(key, block.id, block.value, at).catch((error: unknown) =>
          console.error("Could not record a block snapshot", error),
        ),
      ),
  );
}

/** The kept snapshots of the given blocks, oldest first. */
export async function readSnapshots(
  connectionId: string,
  blockIds: readonly string[],
): Promise<Map<string, Snapshot[]>> {
  const ids = blockIds.filter((blockId) => blockIdPattern.test(blockId));
  const result = new Map<string, Snapshot[]>(ids.map((blockId) => [blockId, []]));
  if (ids.length === 0) return result;
  const rows = await withDb((db) =>
    db
      .select()
      .from(table)
      .where(and(eq(table.connectionKey, connectionKey(connectionId)), inArray(table.blockId, ids)))
      .orderBy(asc(table.firstSeen), asc(table.id)),
  );
  for (const row of rows)
    result.get(row.blockId)?.push({ value: row.value, firstSeen: row.firstSeen, lastSeen: row.lastSeen });
  return result;
}
