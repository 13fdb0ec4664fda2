import "server-only";
import { asc, inArray } from "drizzle-orm";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { lockFor, transaction, withDb } from "@/lib/store";
import { connections as table } from "@/lib/store/schema/connections";
import { connectionKinds } from "./types";

export const storedConnectionSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  kind: z.enum(connectionKinds),
  baseUrl: z.string(),
  /** The self-hosted server's password or the Letta Cloud API key. Only ever read on the server. */
  secret: z.string().nullable(),
  projectId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type StoredConnection = z.infer<typeof storedConnectionSchema>;

function parse(rows: (typeof table.$inferSelect)[]): StoredConnection[] {
  return rows.map(({ position: _position, ...row }) => {
    const parsed = storedConnectionSchema.safeParse(row);
    if (parsed.success) return parsed.data;
    throw new AppError(
      "server_error",
      `The saved connection "${row.id}" is damaged (${parsed.error.issues[0]?.message ?? "unreadable"}).`,
      "Fix or delete it in the ADE's store (docs/store.md), then reload.",
    );
  });
}

/** The saved connections, oldest first. */
export async function readConnections(): Promise<StoredConnection[]> {
  return parse(await withDb((db) => db.select().from(table).orderBy(asc(table.position), asc(table.id))));
}

/**
 * Reads, changes and writes the list in one transaction, one change at a time across every ADE process on
 * the store (a lock on the list), so concurrent changes never lose each other.
 */
export function updateConnections<T>(
  change: (connections: StoredConnection[]) => { connections: StoredConnection[]; result: T },
): Promise<T> {
  return transaction(async (tx) => {
    await lockFor(tx, "ade_connections");
    const before = parse(await tx.select().from(table).orderBy(asc(table.position), asc(table.id)));
    const { connections, result } = change(before);
    const kept = new Set(connections.map((connection) => connection.id));
    const removed = before.filter((connection) => !kept.has(connection.id)).map((connection) => connection.id);
    if (removed.length > 0) await tx.delete(table).where(inArray(table.id, removed));
    for (const [position, connection] of connections.entries()) {
      const row = { ...storedConnectionSchema.parse(connection), position };
      await tx.insert(table).values(row).onConflictDoUpdate({ target: table.id, set: row });
    }
    return result;
  });
}
