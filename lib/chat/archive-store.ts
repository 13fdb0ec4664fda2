import "server-only";
import { and, eq } from "drizzle-orm";
import { withDb } from "@/lib/store";
import { archivedConversations as table } from "@/lib/store/schema/chat";

/**
 * Conversations archived through the ADE, for servers that cannot archive them themselves (Letta 0.16.8
 * can only delete one). Kept per server in the ADE's store.
 */

/** The ids of the conversations archived on this server, with when. */
export async function archivedConversations(server: string): Promise<Record<string, string>> {
  const rows = await withDb((db) => db.select().from(table).where(eq(table.server, server)));
  return Object.fromEntries(rows.map((row) => [row.conversationId, row.archivedAt]));
}

export async function setConversationArchived(
  server: string,
  conversationId: string,
  archived: boolean,
): Promise<void> {
  await withDb(async (db) => {
    if (archived)
      await db
        .insert(table)
        .values({ server, conversationId, archivedAt: new Date().toISOString() })
        .onConflictDoUpdate({
          target: [table.server, table.conversationId],
          set: { archivedAt: new Date().toISOString() },
        });
    else await db.delete(table).where(and(eq(table.server, server), eq(table.conversationId, conversationId)));
  });
}
