import { eq, sql } from "drizzle-orm";
import { withDb } from "./index";
import { settings } from "./schema/settings";

export async function readSetting(key: string): Promise<string | undefined> {
  const [row] = await withDb((db) => db.select().from(settings).where(eq(settings.key, key)));
  return row?.value;
}

export async function writeSetting(key: string, value: string): Promise<void> {
  await withDb((db) =>
    db
      .insert(settings)
      .values({ key, value })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: sql`now()` } }),
  );
}

/** The value under `key`, made by `make` the first time; every ADE process on the store gets the same one. */
export async function settingOrCreate(key: string, make: () => string): Promise<string> {
  return withDb(async (db) => {
    await db.insert(settings).values({ key, value: make() }).onConflictDoNothing();
    const [row] = await db.select().from(settings).where(eq(settings.key, key));
    if (!row) throw new Error(`The setting "${key}" vanished while it was read.`);
    return row.value;
  });
}
