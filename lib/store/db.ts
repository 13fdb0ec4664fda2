import { sql, type SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

/** The Drizzle database both backends give: queries are written once against it. */
export type StoreDb = PgDatabase<PgQueryResultHKT>;

/** A transaction inside `db.transaction(...)`, for queries that take either. */
export type StoreTx = Parameters<Parameters<StoreDb["transaction"]>[0]>[0];

/** The rows of a raw SQL query (both drivers answer `{ rows }`); table queries use Drizzle's builder instead. */
export async function rawRows<T>(db: StoreDb | StoreTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as { rows: T[] };
  return result.rows;
}

/**
 * Holds a lock named `name` until the transaction ends, so read-change-write steps on the same thing from
 * any ADE process run one after another.
 */
export async function lockFor(tx: StoreTx, name: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`);
}
