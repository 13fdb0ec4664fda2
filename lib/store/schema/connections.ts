import { integer, pgTable, text } from "drizzle-orm/pg-core";

/** Letta servers saved in the ADE. `secret` (password or API key) is only ever read on the server. */
export const connections = pgTable("ade_connections", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  kind: text("kind").notNull(),
  baseUrl: text("base_url").notNull(),
  secret: text("secret"),
  projectId: text("project_id"),
  createdAt: text("created_at").notNull(),
  updatedAt: text("updated_at").notNull(),
  /** Where the connection stands in the list (the order people saved them in). */
  position: integer("position").notNull(),
});
