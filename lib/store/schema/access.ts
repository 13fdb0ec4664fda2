import { bigint, integer, pgTable, text } from "drizzle-orm/pg-core";

/** Sessions ended by logging out, kept until they would have expired anyway (`<expires ms>.<nonce>`). */
export const revokedSessions = pgTable("ade_revoked_sessions", {
  id: text("id").primaryKey(),
  expiresAt: bigint("expires_at", { mode: "number" }).notNull(),
});

/** Wrong access passwords per client (and for all clients together), for the login's slow-down on every ADE process. */
export const loginFailures = pgTable("ade_login_failures", {
  client: text("client").primaryKey(),
  count: integer("count").notNull(),
  last: bigint("last", { mode: "number" }).notNull(),
});
