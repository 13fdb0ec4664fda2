import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Small named values the ADE keeps for itself (the session secret, the data-folder import mark). */
export const settings = pgTable("ade_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});
