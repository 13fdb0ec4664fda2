import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TcpGate } from "@/lib/testing/tcp-gate";
import { openPostgres } from "./postgres";
import { Bus } from "./bus";

const admin = process.env.ADE_TEST_DATABASE_URL;

// Postgres only: the listening connection is lost (the database goes away) and comes back.
describe.skipIf(!admin)("notifications across a lost Postgres connection", () => {
  const database = `ade_test_bus_${randomUUID().slice(0, 8)}`;
  let gate: TcpGate;
  let url = "";

  const onAdmin = async (text: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(text).finally(() => client.end());
  };

  beforeAll(async () => {
    await onAdmin(`CREATE DATABASE ${database}`);
    const target = new URL(admin ?? "");
    gate = new TcpGate(20_000 + Math.floor(Math.random() * 20_000), Number(target.port || 5432));
    await gate.open();
    target.port = String(gate.port);
    target.pathname = `/${database}`;
    url = target.toString();
  });
  afterAll(async () => {
    await gate.close();
    await onAdmin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it("reconnects by itself, says notifications may have been missed, and delivers again", async () => {
    const backend = await openPostgres(url, "the test database");
    const bus = new Bus(backend.db, backend.listener);
    try {
      const received: string[] = [];
      let gaps = 0;
      bus.onGap(() => (gaps += 1));
      await bus.listen("bus_test", (payload) => received.push(payload));
      await bus.notify("bus_test", "before");
      await expect.poll(() => received).toEqual(["before"]);

      await gate.close();
      await expect(bus.notify("bus_test", "while away")).rejects.toThrow();
      await gate.open();
      await expect.poll(() => gaps, { timeout: 15_000 }).toBe(1);
      await expect
        .poll(
          async () => {
            await bus.notify("bus_test", "after").catch(() => undefined);
            return received.includes("after");
          },
          { timeout: 15_000 },
        )
        .toBe(true);
      expect(received[0]).toBe("before");
    } finally {
      await bus.close();
      await backend.close();
    }
  }, 60_000);
});
