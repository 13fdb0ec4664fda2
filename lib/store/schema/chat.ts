import { pgTable, primaryKey, text } from "drizzle-orm/pg-core";

/** Conversations archived through the ADE, per server (Letta 0.16.8 can only delete one). */
export const archivedConversations = pgTable(
  "ade_archived_conversations",
  {
    server: text("server").notNull(),
    conversationId: text("conversation_id").notNull(),
    archivedAt: text("archived_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.server, table.conversationId] })],
);
