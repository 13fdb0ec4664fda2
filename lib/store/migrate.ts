import path from "node:path";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { AppError } from "@/lib/errors";
import { rawRows, type StoreDb } from "./db";

/** The SQL migrations drizzle-kit generated from lib/store/schema/ (read at start-up, beside the sources). */
export const migrationsFolder = path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "store", "migrations");

/**
 * Refuses a store that a newer release of the ADE has migrated further than this one knows: running on
 * it would misread its tables, and migrations only ever go forward.
 */
export async function refuseNewerStore(db: StoreDb, label: string): Promise<void> {
  const known = readMigrationFiles({ migrationsFolder });
  const newest = Math.max(0, ...known.map((migration) => migration.folderMillis));
  const [exists] = await rawRows<{ present: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!exists?.present) return;
  const [applied] = await rawRows<{ count: number | string }>(
    db,
    sql`select count(*) as count from drizzle.__drizzle_migrations where created_at > ${newest}`,
  );
  const ahead = Number(applied?.count ?? 0);
  if (ahead > 0)
    throw new AppError(
      "conflict",
      `The ADE's store (${label}) was written by a newer release of the ADE (${ahead} migration${ahead === 1 ? "" : "s"} this release does not know).`,
      "Run that newer release (or restore a backup taken before it); this release will not migrate a store backwards.",
    );
}
