// Runs a store test suite on each backend: PGlite always, and Postgres when ADE_TEST_DATABASE_URL names a
// server whose user may create databases (each suite gets a database of its own, dropped afterwards).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { closeStore } from "@/lib/store";

export type StoreBackend = "embedded" | "postgres";

export function storeBackends(): StoreBackend[] {
  return process.env.ADE_TEST_DATABASE_URL ? ["embedded", "postgres"] : ["embedded"];
}

/** Points the store at a fresh database of `backend` for the suite this is called in. */
export function useFreshStore(backend: StoreBackend): { dataDir: () => string; databaseUrl: () => string | undefined } {
  let dir = "";
  let databaseUrl: string | undefined;
  let database: string | undefined;
  beforeAll(async () => {
    await closeStore();
    dir = mkdtempSync(path.join(tmpdir(), "ade-store-test-"));
    process.env.ADE_DATA_DIR = dir;
    delete process.env.ADE_DATABASE_URL;
    if (backend === "postgres") {
      const admin = process.env.ADE_TEST_DATABASE_URL;
      if (!admin) throw new Error("ADE_TEST_DATABASE_URL is not set");
      database = `ade_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      await adminQuery(admin, `CREATE DATABASE ${database}`);
      const url = new URL(admin);
      url.pathname = `/${database}`;
      databaseUrl = url.toString();
      process.env.ADE_DATABASE_URL = databaseUrl;
    }
  });
  afterAll(async () => {
    await closeStore();
    delete process.env.ADE_DATABASE_URL;
    rmSync(dir, { recursive: true, force: true });
    const admin = process.env.ADE_TEST_DATABASE_URL;
    if (database && admin) await adminQuery(admin, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });
  return { dataDir: () => dir, databaseUrl: () => databaseUrl };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
