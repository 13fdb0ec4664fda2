import "server-only";
import { and, eq } from "drizzle-orm";
import { lockFor, transaction, withDb } from "@/lib/store";
import { abChatPairs as table } from "@/lib/store/schema/ab-chat";
import { emptyPair, pairKey } from "./pair";
import { pairDataSchema } from "./schema";
import type { PairData } from "./types";

/** The A/B chat's saved test messages and latest replay, per server and per unordered pair of agents. */
function parse(data: unknown): PairData {
  const parsed = pairDataSchema.safeParse(data);
  return parsed.success ? parsed.data : emptyPair;
}

const where = (server: string, key: string) => and(eq(table.server, server), eq(table.pairKey, key));

/** What the ADE keeps for this pair on this server (nothing saved yet: no messages, no replay). */
export async function readPair(server: string, a: string, b: string): Promise<PairData> {
  const [row] = await withDb((db) =>
    db
      .select()
      .from(table)
      .where(where(server, pairKey(a, b))),
  );
  return row ? parse(row.data) : emptyPair;
}

/**
 * Changes one pair's data in one transaction, one change at a time per pair across every ADE process on the
 * store, so concurrent changes (two people saving test messages at once) never lose each other.
 */
export function changePair(
  server: string,
  a: string,
  b: string,
  change: (pair: PairData) => PairData,
): Promise<PairData> {
  const key = pairKey(a, b);
  return transaction(async (tx) => {
    await lockFor(tx, `ade_ab_chat_pairs\n${server}\n${key}`);
    const [row] = await tx.select().from(table).where(where(server, key));
    const changed = change(row ? parse(row.data) : emptyPair);
    if (changed.messages.length === 0 && changed.replay === null) await tx.delete(table).where(where(server, key));
    else
      await tx
        .insert(table)
        .values({ server, pairKey: key, data: changed })
        .onConflictDoUpdate({ target: [table.server, table.pairKey], set: { data: changed } });
    return changed;
  });
}
