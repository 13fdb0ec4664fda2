import "server-only";
import { and, eq } from "drizzle-orm";
import { lockFor, transaction, withDb } from "@/lib/store";
import { abChatTests as table } from "@/lib/store/schema/ab-chat";
import { pairKey } from "./pair";
import { replaySchema } from "./schema";
import type { Replay } from "./types";

/** What the store keeps for one pair of agents on one server: the picked dataset's id and the latest replay. */
export interface StoredPair {
  datasetId: string | null;
  replay: Replay | null;
}

const empty: StoredPair = { datasetId: null, replay: null };

function parseReplay(value: unknown): Replay | null {
  const parsed = replaySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const where = (server: string, key: string) => and(eq(table.server, server), eq(table.pairKey, key));

/** What the ADE keeps for this pair on this server (nothing yet: no dataset picked, no replay). */
export async function readPair(server: string, a: string, b: string): Promise<StoredPair> {
  const [row] = await withDb((db) =>
    db
      .select()
      .from(table)
      .where(where(server, pairKey(a, b))),
  );
  return row ? { datasetId: row.datasetId, replay: parseReplay(row.replay) } : empty;
}

/**
 * Changes one pair's record in one transaction, one change at a time per pair across every ADE process on the
 * store, so concurrent changes (a replay's replies, a dataset picked) never lose each other.
 */
export function changePair(
  server: string,
  a: string,
  b: string,
  change: (pair: StoredPair) => StoredPair,
): Promise<StoredPair> {
  const key = pairKey(a, b);
  return transaction(async (tx) => {
    await lockFor(tx, `ade_ab_chat_tests\n${server}\n${key}`);
    const [row] = await tx.select().from(table).where(where(server, key));
    const changed = change(row ? { datasetId: row.datasetId, replay: parseReplay(row.replay) } : empty);
    if (changed.datasetId === null && changed.replay === null) await tx.delete(table).where(where(server, key));
    else
      await tx
        .insert(table)
        .values({ server, pairKey: key, ...changed })
        .onConflictDoUpdate({ target: [table.server, table.pairKey], set: changed });
    return changed;
  });
}
