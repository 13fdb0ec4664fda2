import { jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

/**
 * Per server and unordered pair of agents (`a|b`): the dataset whose cases the A/B chat replays, and the
 * latest replay (its turns as sent and both agents' replies). The test messages themselves are datasets.
 */
export const abChatTests = pgTable(
  "ade_ab_chat_tests",
  {
    server: text("server").notNull(),
    pairKey: text("pair_key").notNull(),
    /** The dataset picked for this pair (null: none yet, or it was deleted). */
    datasetId: text("dataset_id"),
    /** Replay (lib/ab-chat/types.ts), checked with its zod schema when read; null: no replay. */
    replay: jsonb("replay"),
  },
  (table) => [primaryKey({ columns: [table.server, table.pairKey] })],
);
