import { and, eq, gt, inArray, lt, sql } from "drizzle-orm";
import { withDb } from "@/lib/store";
import { loginFailures } from "@/lib/store/schema/access";
import type { FailureLog, Failures } from "./backoff";

/** Wrong passwords counted in the ADE's store, so a client slowed on one ADE process is slowed on all of them. */
export const storeFailureLog: FailureLog = {
  async read(keys, since) {
    const rows = await withDb((db) =>
      db
        .select()
        .from(loginFailures)
        .where(and(inArray(loginFailures.client, [...keys]), gt(loginFailures.last, since))),
    );
    return new Map<string, Failures>(rows.map((row) => [row.client, { count: row.count, last: row.last }]));
  },
  async add(keys, now, since) {
    await withDb((db) => db.delete(loginFailures).where(lt(loginFailures.last, since)));
    await withDb((db) =>
      db
        .insert(loginFailures)
        .values(keys.map((client) => ({ client, count: 1, last: now })))
        .onConflictDoUpdate({
          target: loginFailures.client,
          set: {
            count: sql`CASE WHEN ${loginFailures.last} < ${since} THEN 1 ELSE ${loginFailures.count} + 1 END`,
            last: now,
          },
        }),
    );
  },
  async clear(key) {
    await withDb((db) => db.delete(loginFailures).where(eq(loginFailures.client, key)));
  },
};
