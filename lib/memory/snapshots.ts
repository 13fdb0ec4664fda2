import "server-only";
import { createHash } from "node:crypto";
import { readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { dataPath, writeJsonAtomic } from "@/lib/data/files";
import type { Snapshot } from "./attribution";

/**
 * The block values the ADE has seen, kept on the ADE's server (in ADE_DATA_DIR/block-snapshots/) so the
 * memory timeline can show a change no tool call or ADE save explains. Letta 0.16.8 keeps no history of
 * block values that its API exposes (its block_history table is filled only by an unused checkpoint method).
 * Bounded: per block the newest MAX_SNAPSHOTS values up to MAX_CHARS characters, and MAX_BLOCKS blocks per
 * connection (the least recently written files go first).
 */
const MAX_SNAPSHOTS = 50;
const MAX_CHARS = 200_000;
const MAX_BLOCKS = 2_000;
/** How stale a kept `lastSeen` may get before it is written again (the in-memory one is always current). */
const LAST_SEEN_WRITE_MS = 60_000;

const fileSchema = z.object({
  blockId: z.string(),
  snapshots: z.array(z.object({ value: z.string(), firstSeen: z.string(), lastSeen: z.string() })),
});

interface Entry {
  snapshots: Snapshot[];
  /** `lastSeen` of the newest snapshot as written to disk. */
  writtenLastSeen: string;
}

/** Recently used block files, kept in memory (newest last); at most MAX_CACHED. */
const entries = new Map<string, Entry>();
const MAX_CACHED = 200;
const queues = new Map<string, Promise<unknown>>();
let newFilesSincePrune = 0;

const blockIdPattern = /^[A-Za-z0-9_-]{1,100}$/;

function connectionDir(connectionId: string): string {
  return dataPath("block-snapshots", createHash("sha256").update(connectionId).digest("hex").slice(0, 24));
}

function fileOf(connectionId: string, blockId: string): string {
  return path.join(connectionDir(connectionId), `${blockId}.json`);
}

/** Runs `task` after the earlier tasks for the same file, so writes never interleave. */
function serialized<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(task, task);
  const settled = next.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return next;
}

async function load(file: string): Promise<Entry> {
  const cached = entries.get(file);
  if (cached) {
    entries.delete(file);
    entries.set(file, cached);
    return cached;
  }
  let snapshots: Snapshot[] = [];
  try {
    const parsed = fileSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
    if (parsed.success) snapshots = parsed.data.snapshots;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT" && !(error instanceof SyntaxError)) throw error;
  }
  const entry = { snapshots, writtenLastSeen: snapshots.at(-1)?.lastSeen ?? "" };
  entries.set(file, entry);
  const oldest = entries.keys().next().value;
  if (entries.size > MAX_CACHED && oldest !== undefined) entries.delete(oldest);
  return entry;
}

/** Keeps the newest snapshots within the bounds (always at least the newest one). */
export function trimSnapshots(
  snapshots: readonly Snapshot[],
  maxCount = MAX_SNAPSHOTS,
  maxChars = MAX_CHARS,
): Snapshot[] {
  const kept: Snapshot[] = [];
  let chars = 0;
  for (let index = snapshots.length - 1; index >= 0; index -= 1) {
    const snapshot = snapshots[index];
    if (!snapshot) continue;
    if (kept.length > 0 && (kept.length >= maxCount || chars + snapshot.value.length > maxChars)) break;
    kept.unshift(snapshot);
    chars += snapshot.value.length;
  }
  return kept;
}

async function write(file: string, blockId: string, entry: Entry): Promise<void> {
  await writeJsonAtomic(file, { blockId, snapshots: entry.snapshots }, { pretty: false });
  entry.writtenLastSeen = entry.snapshots.at(-1)?.lastSeen ?? "";
}

/** Deletes the least recently written block files of a connection beyond MAX_BLOCKS. */
async function prune(directory: string): Promise<void> {
  const names = (await readdir(directory)).filter((name) => name.endsWith(".json"));
  if (names.length <= MAX_BLOCKS) return;
  const withTimes = await Promise.all(
    names.map(async (name) => ({ name, mtime: (await stat(path.join(directory, name))).mtimeMs })),
  );
  withTimes.sort((a, b) => a.mtime - b.mtime);
  for (const { name } of withTimes.slice(0, names.length - MAX_BLOCKS)) {
    const file = path.join(directory, name);
    entries.delete(file);
    await rm(file, { force: true });
  }
}

async function observe(connectionId: string, blockId: string, value: string, at: string): Promise<void> {
  const file = fileOf(connectionId, blockId);
  await serialized(file, async () => {
    const entry = await load(file);
    const newest = entry.snapshots.at(-1);
    if (newest && newest.value === value) {
      if (at > newest.lastSeen) newest.lastSeen = at;
      if (Date.parse(newest.lastSeen) - Date.parse(entry.writtenLastSeen || newest.firstSeen) < LAST_SEEN_WRITE_MS)
        return;
    } else {
      if (!newest) newFilesSincePrune += 1;
      entry.snapshots = trimSnapshots([...entry.snapshots, { value, firstSeen: at, lastSeen: at }]);
    }
    await write(file, blockId, entry);
  });
  if (newFilesSincePrune >= 50) {
    newFilesSincePrune = 0;
    await prune(connectionDir(connectionId));
  }
}

/** Records the values of blocks just read from the server. Never fails the caller: a write error is logged. */
export async function observeBlocks(
  connectionId: string,
  blocks: readonly { id: string; value: string }[],
  at = new Date().toISOString(),
): Promise<void> {
  await Promise.all(
    blocks
      .filter((block) => blockIdPattern.test(block.id))
      .map((block) =>
        observe(connectionId, block.id, block.value, at).catch((error: unknown) =>
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
  const result = new Map<string, Snapshot[]>();
  await Promise.all(
    blockIds
      .filter((blockId) => blockIdPattern.test(blockId))
      .map(async (blockId) => {
        const file = fileOf(connectionId, blockId);
        const entry = await serialized(file, () => load(file));
        result.set(
          blockId,
          entry.snapshots.map((snapshot) => ({ ...snapshot })),
        );
      }),
  );
  return result;
}
