import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { removeCase } from "@/lib/evals/datasets";
import { getDataset, listDatasets } from "@/lib/evals/store";
import { closeStore, store, withDb } from "@/lib/store";
import { rawRows } from "@/lib/store/db";
import { migrationsFolder } from "@/lib/store/migrate";
import { storeBackends, useFreshStore } from "@/lib/testing/store-backends";
import { legacyPairDataset } from "./legacy";
import { readPair } from "./store";

const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
  entries: { tag: string; when: number }[];
};
const movedAt = journal.entries.find((entry) => entry.tag === "0004_ab_chat_tests")?.when ?? 0;
/** The tables made by the move's migrations and every later one: rolled back with them, made again by them. */
const tablesSinceMove = journal.entries
  .filter((entry) => entry.when >= movedAt)
  .flatMap((entry) =>
    [...readFileSync(path.join(migrationsFolder, `${entry.tag}.sql`), "utf8").matchAll(/CREATE TABLE "(\w+)"/g)].map(
      (match) => match[1] ?? "",
    ),
  );
/** The old table, as migration 0002 made it. */
const oldTable = readFileSync(path.join(migrationsFolder, "0002_feature_state.sql"), "utf8")
  .split("--> statement-breakpoint")
  .find((statement) => statement.includes('CREATE TABLE "ade_ab_chat_pairs"'));

const replay = {
  id: "replay-1",
  startedAt: "2026-11-04T08:00:00.000Z",
  finishedAt: "2026-11-04T08:01:00.000Z",
  stopped: false,
  messages: [{ id: "test-1", text: "Hello, who are you?" }],
  replies: { "agent-a": [null], "agent-b": [null] },
};
/** Rows as the A/B chat kept them before its test messages became datasets. */
const oldRows = [
  {
    server: "http://127.0.0.1:8283",
    pairKey: "agent-a|agent-b",
    data: {
      messages: [
        { id: "test-1", text: "Hello, who are you?" },
        { id: "test-2", text: "<b>Summarise</b> our last talk." },
      ],
      replay,
    },
  },
  {
    server: "http://other:8283",
    pairKey: "agent-a|agent-b",
    data: { messages: [{ id: "t", text: "Hi" }], replay: null },
  },
  { server: "http://127.0.0.1:8283", pairKey: "agent-c|agent-d", data: { messages: [], replay } },
];

describe.each(storeBackends())("the A/B chat's test messages move to datasets on %s", (backend) => {
  const fresh = useFreshStore(backend);

  it("turns a store's old rows into datasets once, on the first start of this release", async () => {
    // Take the store back to before the move: the old table with its rows, the move's migrations not applied.
    await withDb(async (db) => {
      for (const table of tablesSinceMove) await db.execute(sql.raw(`DROP TABLE "${table}"`));
      await db.execute(sql.raw(oldTable ?? "missing"));
      await db.execute(sql`delete from drizzle.__drizzle_migrations where created_at >= ${movedAt}`);
      for (const row of oldRows)
        await db.execute(
          sql`insert into ade_ab_chat_pairs (server, pair_key, data) values (${row.server}, ${row.pairKey}, ${JSON.stringify(row.data)}::jsonb)`,
        );
    });
    await closeStore();
    if (backend === "postgres") {
      // Two ADE servers starting at once on one database: they take turns, and the move runs once.
      const { openPostgres } = await import("@/lib/store/postgres");
      const url = fresh.databaseUrl() ?? "";
      const both = await Promise.all([openPostgres(url, "first ADE"), openPostgres(url, "second ADE")]);
      await Promise.all(both.map((opened) => opened.close()));
    }
    await store();

    const [first, other, empty] = oldRows.map((row) => {
      const [a = "", b = ""] = row.pairKey.split("|");
      return { row, a, b };
    });
    if (!first || !other || !empty) throw new Error("three old rows");
    const pair = await readPair(first.row.server, first.b, first.a);
    expect(pair.replay).toEqual(replay);
    const dataset = await getDataset(pair.datasetId ?? "");
    const expected = legacyPairDataset(first.row.server, first.row.pairKey, first.row.data.messages, "");
    expect(dataset).toEqual({ ...expected, createdAt: dataset?.createdAt, updatedAt: dataset?.updatedAt });
    expect(dataset?.cases.map((item) => item.input)).toEqual([
      ["Hello, who are you?"],
      ["<b>Summarise</b> our last talk."],
    ]);
    expect(Number.isNaN(Date.parse(dataset?.createdAt ?? ""))).toBe(false);

    const otherPair = await readPair(other.row.server, other.a, other.b);
    expect(otherPair.datasetId).not.toBe(pair.datasetId);
    expect((await getDataset(otherPair.datasetId ?? ""))?.cases).toHaveLength(1);
    expect(await readPair(empty.row.server, empty.a, empty.b)).toEqual({ datasetId: null, replay });
    expect((await listDatasets()).map((item) => item.name).sort()).toEqual([
      "A/B chat: agent-a & agent-b",
      "A/B chat: agent-a & agent-b",
    ]);
    const [gone] = await withDb((db) =>
      rawRows<{ present: boolean }>(db, sql`select to_regclass('ade_ab_chat_pairs') is not null as present`),
    );
    expect(gone?.present).toBe(false);

    // A second start adds nothing: a case removed since stays removed, and no dataset is made again.
    await removeCase(pair.datasetId ?? "", "case-1");
    await closeStore();
    await store();
    expect(await listDatasets()).toHaveLength(2);
    expect((await getDataset(pair.datasetId ?? ""))?.cases.map((item) => item.id)).toEqual(["case-2"]);
  }, 180_000);
});
