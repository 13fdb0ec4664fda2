import { boolean, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

/** The last result of the server's check of each run-time provider, per server. */
export const providerChecks = pgTable(
  "ade_provider_checks",
  {
    server: text("server").notNull(),
    providerId: text("provider_id").notNull(),
    ok: boolean("ok").notNull(),
    message: text("message").notNull(),
    endpoint: text("endpoint").notNull(),
    checkedAt: text("checked_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.server, table.providerId] })],
);
