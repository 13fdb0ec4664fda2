import "server-only";
import { and, eq } from "drizzle-orm";
import { withDb } from "@/lib/store";
import { providerChecks as table } from "@/lib/store/schema/providers";
import type { ProviderCheckRecord } from "./types";

/**
 * The last result of the server's check of each run-time provider. Letta 0.16.8 keeps no record of checks (and
 * swallows the error when it fails to fetch a provider's models), so the ADE keeps the last one per server in
 * its store, to explain a provider that has no models.
 */
export async function providerChecks(server: string): Promise<Record<string, ProviderCheckRecord>> {
  const rows = await withDb((db) => db.select().from(table).where(eq(table.server, server)));
  return Object.fromEntries(
    rows.map((row) => [
      row.providerId,
      { ok: row.ok, message: row.message, endpoint: row.endpoint, checkedAt: row.checkedAt },
    ]),
  );
}

export async function recordProviderCheck(
  server: string,
  providerId: string,
  record: ProviderCheckRecord,
): Promise<void> {
  const values = { ok: record.ok, message: record.message, endpoint: record.endpoint, checkedAt: record.checkedAt };
  await withDb((db) =>
    db
      .insert(table)
      .values({ server, providerId, ...values })
      .onConflictDoUpdate({ target: [table.server, table.providerId], set: values }),
  );
}

export async function forgetProviderCheck(server: string, providerId: string): Promise<void> {
  await withDb((db) => db.delete(table).where(and(eq(table.server, server), eq(table.providerId, providerId))));
}
