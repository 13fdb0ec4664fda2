import { bigint, pgTable, text } from "drizzle-orm/pg-core";

/** Sessions ended by logging out, kept until they would have expired anyway (`<expires ms>.<nonce>`). */
export const revokedSessions = pgTable("ade_revoked_sessions", {
  id: text("id").primaryKey(),
  expiresAt: bigint("expires_at", { mode: "number" }).notNull(),
});
