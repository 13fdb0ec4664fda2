// The one-time import of a data folder written by a release before the store (JSON files) into the store.
// Run automatically when a store opens for the first time, and by `npm run store:import` (docs/store.md).
import { readdir } from "node:fs/promises";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { readTextIfExists } from "../data-folder";
import { lockFor, type StoreDb, type StoreTx } from "../db";
import { revokedSessions } from "../schema/access";
import { legacyPairDataset } from "@/lib/ab-chat/legacy";
import { abChatTests } from "../schema/ab-chat";
import { evalDatasets } from "../schema/evals";
import { archivedConversations } from "../schema/chat";
import { connections } from "../schema/connections";
import { blockEdits, blockSnapshots } from "../schema/memory";
import { providerChecks } from "../schema/providers";
import { settings } from "../schema/settings";
import * as legacy from "./legacy-files";

/** The setting that marks a store as having had its data folder imported (the value: when, and the counts). */
const IMPORTED_MARK = "data-folder-imported";

export interface ImportReport {
  connections: number;
  archivedConversations: number;
  providerChecks: number;
  abChatPairs: number;
  blockSnapshots: number;
  blockEdits: number;
  revokedSessions: number;
  sessionSecret: boolean;
  /** Files or lines that could not be read (the release before the store ignored them too). */
  skipped: string[];
}

class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

async function readJson<T>(
  file: string,
  schema: z.ZodType<T>,
  report: ImportReport,
  required: boolean,
): Promise<T | undefined> {
  const text = await readTextIfExists(file);
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  if (required) throw new ImportError(`${file} is damaged and cannot be imported. Fix or remove it, then start again.`);
  report.skipped.push(file);
  return undefined;
}

/** Whether this store has had a data folder imported already. */
export async function wasImported(db: StoreDb | StoreTx): Promise<boolean> {
  const [row] = await db.select().from(settings).where(eq(settings.key, IMPORTED_MARK));
  return row !== undefined;
}

/**
 * Imports every record of the data folder `dir` in one transaction (all of it lands, or none), then marks
 * the store. Running it again adds nothing twice: every record has its own key in the store.
 */
export async function importDataFolder(db: StoreDb, dir: string, now = Date.now()): Promise<ImportReport> {
  const report: ImportReport = {
    connections: 0,
    archivedConversations: 0,
    providerChecks: 0,
    abChatPairs: 0,
    blockSnapshots: 0,
    blockEdits: 0,
    revokedSessions: 0,
    sessionSecret: false,
    skipped: [],
  };
  const file = (name: string) => path.join(dir, name);
  const saved = await readJson(file("connections.json"), legacy.connectionsFile, report, true);
  const archive = await readJson(file("archived-conversations.json"), legacy.archiveFile, report, false);
  const checks = await readJson(file("provider-checks.json"), legacy.providerChecksFile, report, false);
  const abChat = await readJson(file("ab-chat.json"), legacy.abChatFile, report, false);
  const secret = (await readTextIfExists(file("session-secret")))?.trim();
  const revoked = ((await readTextIfExists(file("revoked-sessions"))) ?? "").split("\n").filter(Boolean);
  const edits = await readEdits(file("block-edits.jsonl"), report);
  const snapshots = await readSnapshotFiles(file("block-snapshots"), report);

  await db.transaction(async (tx) => {
    await lockFor(tx, IMPORTED_MARK);
    const firstImport = !(await wasImported(tx));
    for (const [position, connection] of (saved?.connections ?? []).entries()) {
      await tx
        .insert(connections)
        .values({ ...connection, position })
        .onConflictDoNothing();
      report.connections += 1;
    }
    for (const [server, entries] of Object.entries(archive?.servers ?? {}))
      for (const [conversationId, archivedAt] of Object.entries(entries)) {
        await tx.insert(archivedConversations).values({ server, conversationId, archivedAt }).onConflictDoNothing();
        report.archivedConversations += 1;
      }
    for (const [server, entries] of Object.entries(checks?.servers ?? {}))
      for (const [providerId, record] of Object.entries(entries)) {
        await tx
          .insert(providerChecks)
          .values({ server, providerId, ...record })
          .onConflictDoNothing();
        report.providerChecks += 1;
      }
    // The A/B chat's test messages become datasets, as migration 0005 does for a store's rows.
    for (const [server, pairs] of Object.entries(abChat?.servers ?? {}))
      for (const [pairKey, data] of Object.entries(pairs)) {
        const dataset =
          data.messages.length > 0
            ? legacyPairDataset(server, pairKey, data.messages, new Date(now).toISOString())
            : null;
        if (dataset)
          await tx
            .insert(evalDatasets)
            .values({ id: dataset.id, dataset, updatedAt: new Date(now) })
            .onConflictDoNothing();
        await tx
          .insert(abChatTests)
          .values({ server, pairKey, datasetId: dataset?.id ?? null, replay: data.replay })
          .onConflictDoNothing();
        report.abChatPairs += 1;
      }
    for (const snapshot of snapshots) {
      // Snapshots have no key of their own: a block that has any already came in with an earlier import.
      const [present] = await tx
        .select({ id: blockSnapshots.id })
        .from(blockSnapshots)
        .where(
          sql`${blockSnapshots.connectionKey} = ${snapshot.connectionKey} and ${blockSnapshots.blockId} = ${snapshot.blockId}`,
        )
        .limit(1);
      if (present) continue;
      for (const value of snapshot.values) {
        await tx
          .insert(blockSnapshots)
          .values({ connectionKey: snapshot.connectionKey, blockId: snapshot.blockId, ...value });
        report.blockSnapshots += 1;
      }
    }
    for (const edit of edits) {
      await tx.insert(blockEdits).values(edit).onConflictDoNothing();
      report.blockEdits += 1;
    }
    for (const id of revoked) {
      const expiresAt = Number(id.split(".")[0]);
      if (!Number.isFinite(expiresAt) || expiresAt <= now) continue;
      await tx.insert(revokedSessions).values({ id, expiresAt }).onConflictDoNothing();
      report.revokedSessions += 1;
    }
    if (secret) {
      // The folder's secret signed the cookies people hold: it wins over one this store made before its import.
      const write = tx.insert(settings).values({ key: "session-secret", value: secret });
      await (firstImport
        ? write.onConflictDoUpdate({ target: settings.key, set: { value: secret } })
        : write.onConflictDoNothing());
      report.sessionSecret = true;
    }
    const mark = JSON.stringify({ at: new Date(now).toISOString(), from: dir, ...report });
    await tx
      .insert(settings)
      .values({ key: IMPORTED_MARK, value: mark })
      .onConflictDoUpdate({ target: settings.key, set: { value: mark } });
  });
  return report;
}

async function readEdits(file: string, report: ImportReport) {
  const text = await readTextIfExists(file);
  const lines = (text ?? "").split("\n").filter((line) => line.trim());
  return lines.flatMap((line, index) => {
    try {
      const parsed = legacy.editLine.safeParse(JSON.parse(line));
      if (parsed.success) return [parsed.data];
    } catch {
      // reported below
    }
    report.skipped.push(`${file} line ${index + 1}`);
    return [];
  });
}

async function readSnapshotFiles(root: string, report: ImportReport) {
  const found: { connectionKey: string; blockId: string; values: z.infer<typeof legacy.snapshotFile>["snapshots"] }[] =
    [];
  const folders = await readdir(root).catch(() => [] as string[]);
  for (const folder of folders.sort()) {
    const names = await readdir(path.join(root, folder)).catch(() => [] as string[]);
    for (const name of names.filter((entry) => entry.endsWith(".json")).sort()) {
      const parsed = await readJson(path.join(root, folder, name), legacy.snapshotFile, report, false);
      if (parsed) found.push({ connectionKey: folder, blockId: parsed.blockId, values: parsed.snapshots });
    }
  }
  return found;
}
