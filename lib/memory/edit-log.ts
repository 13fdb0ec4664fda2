import "server-only";
import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { withDb } from "@/lib/store";
import { blockEdits as table } from "@/lib/store/schema/memory";

/**
 * Block writes made through the ADE (Letta keeps no record of who wrote a block), in the ADE's store.
 * Edits imported from a release before values were logged lack `before`/`after`.
 */
export const editSchema = z.object({
  connectionId: z.string(),
  blockId: z.string(),
  label: z.string(),
  at: z.string(),
  characters: z.number(),
  overwroteServerChange: z.boolean(),
  kind: z.enum(["save", "create"]).default("save"),
  /** The server's value read just before the write ("" for a created block); null when not read. */
  before: z.string().nullable().default(null),
  /** The value the server answered the write with. */
  after: z.string().nullable().default(null),
});

export type AdeBlockEdit = z.infer<typeof editSchema>;

/** The log keeps the newest MAX_EDITS edits; older ones are dropped every PRUNE_EVERY writes. */
const MAX_EDITS = 20_000;
const PRUNE_EVERY = 200;
let writesSincePrune = 0;

async function keepNewest(): Promise<void> {
  await withDb(async (db) => {
    const [cutoff] = await db
      .select({ id: table.id })
      .from(table)
      .orderBy(sql`${table.id} desc`)
      .offset(MAX_EDITS)
      .limit(1);
    if (cutoff) await db.delete(table).where(lt(table.id, cutoff.id + 1));
  });
}

/** Records one write; the same write recorded twice (same block, time and kind) is kept once. */
export async function recordAdeEdit(edit: z.input<typeof editSchema>): Promise<void> {
  const row = editSchema.parse(edit);
  await withDb((db) => db.insert(table).values(row).onConflictDoNothing());
  writesSincePrune += 1;
  if (writesSincePrune >= PRUNE_EVERY) {
    writesSincePrune = 0;
    await keepNewest();
  }
}

/** The ADE's writes of the given blocks on one connection, oldest first. */
export async function readAdeEdits(connectionId: string, blockIds: ReadonlySet<string>): Promise<AdeBlockEdit[]> {
  if (blockIds.size === 0) return [];
  const rows = await withDb((db) =>
    db
      .select()
      .from(table)
      .where(and(eq(table.connectionId, connectionId), inArray(table.blockId, [...blockIds])))
      .orderBy(asc(table.id)),
  );
  return rows.flatMap((row) => {
    const parsed = editSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}
