import { bigserial, boolean, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * Block values the ADE has seen, one row per distinct value in a row (newest: highest id). `connectionKey`
 * is the connection id hashed as the data folder named its snapshot folders, so an imported folder maps 1:1.
 */
export const blockSnapshots = pgTable(
  "ade_block_snapshots",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    connectionKey: text("connection_key").notNull(),
    blockId: text("block_id").notNull(),
    value: text("value").notNull(),
    firstSeen: text("first_seen").notNull(),
    lastSeen: text("last_seen").notNull(),
  },
  (table) => [index("ade_block_snapshots_block").on(table.connectionKey, table.blockId, table.id)],
);

/** Block writes made through the ADE (Letta keeps no record of who wrote a block). */
export const blockEdits = pgTable(
  "ade_block_edits",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    connectionId: text("connection_id").notNull(),
    blockId: text("block_id").notNull(),
    label: text("label").notNull(),
    at: text("at").notNull(),
    characters: integer("characters").notNull(),
    overwroteServerChange: boolean("overwrote_server_change").notNull(),
    kind: text("kind").notNull(),
    before: text("before"),
    after: text("after"),
  },
  (table) => [
    // The same write recorded twice (a retried request, an import run again) is kept once.
    uniqueIndex("ade_block_edits_once").on(table.connectionId, table.blockId, table.at, table.kind),
  ],
);
