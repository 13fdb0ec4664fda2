import { jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

/** The A/B chat's test messages and latest replay, per server and unordered pair of agents (`a|b`). */
export const abChatPairs = pgTable(
  "ade_ab_chat_pairs",
  {
    server: text("server").notNull(),
    pairKey: text("pair_key").notNull(),
    /** PairData (lib/ab-chat/types.ts), checked with its zod schema when read. */
    data: jsonb("data").notNull(),
  },
  (table) => [primaryKey({ columns: [table.server, table.pairKey] })],
);
