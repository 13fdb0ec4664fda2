import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { storeBackends, useFreshStore } from "@/lib/testing/store-backends";
import { rawRows } from "./db";
import { closeStore, listen, notify, store, transaction } from "./index";
import { readSetting, settingOrCreate, writeSetting } from "./settings";

describe.each(storeBackends())("the store on %s", (backend) => {
  const fresh = useFreshStore(backend);

  it("migrates at start-up, and again without harm", async () => {
    const first = await store();
    expect(first.target.kind).toBe(backend);
    await closeStore();
    const second = await store();
    const [row] = await rawRows<{ count: string | number }>(
      second.db,
      sql`select count(*) as count from drizzle.__drizzle_migrations`,
    );
    const journal = JSON.parse(readFileSync(path.join("lib/store/migrations/meta/_journal.json"), "utf8")) as {
      entries: unknown[];
    };
    expect(Number(row?.count)).toBe(journal.entries.length);
  }, 60_000);

  it("keeps settings, and hands every caller the same one made first", async () => {
    expect(await readSetting("missing")).toBeUndefined();
    await writeSetting("greeting", "hello");
    await writeSetting("greeting", "hello again");
    expect(await readSetting("greeting")).toBe("hello again");
    let made = 0;
    const values = await Promise.all(
      Array.from({ length: 5 }, () => settingOrCreate("secret", () => `value-${++made}`)),
    );
    expect(new Set(values).size).toBe(1);
  });

  it("leaves nothing of a transaction that failed", async () => {
    await expect(
      transaction(async (tx) => {
        await tx.execute(sql`insert into ade_settings (key, value) values ('half', 'written')`);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await readSetting("half")).toBeUndefined();
  });

  it("delivers notifications to listeners, and those sent in a transaction only when it commits", async () => {
    const received: string[] = [];
    const arrived = (count: number) => expect.poll(() => received.length, { timeout: 5_000 }).toBe(count);
    const stop = await listen("store_test", (payload) => received.push(payload));
    await notify("store_test", "one");
    await arrived(1);
    await expect(
      transaction(async (tx) => {
        await notify("store_test", "rolled back", tx);
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    await transaction((tx) => notify("store_test", "committed", tx));
    await arrived(2);
    expect(received).toEqual(["one", "committed"]);
    await stop();
    await notify("store_test", "after stop");
    await notify("store_test_other", "elsewhere");
    expect(received).toEqual(["one", "committed"]);
  });

  it("refuses a store a newer release migrated", async () => {
    const { db } = await store();
    await db.execute(
      sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('from-the-future', ${Date.now() + 10 ** 12})`,
    );
    await closeStore();
    await expect(store()).rejects.toThrow(/newer release of the ADE/);
    await closeStore();
    const reopened = async () => {
      process.env.ADE_DATABASE_URL = fresh.databaseUrl();
      if (!fresh.databaseUrl()) delete process.env.ADE_DATABASE_URL;
      return store();
    };
    await expect(reopened()).rejects.toThrow(/newer release/);
    if (backend === "embedded") expect(existsSync(path.join(fresh.dataDir(), "store.lock"))).toBe(false);
  }, 60_000);
});
