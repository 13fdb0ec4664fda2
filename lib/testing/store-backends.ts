// Runs a store test suite on each backend: PGlite always, and Postgres when ADE_TEST_DATABASE_URL names a
// server whose user may create databases (each suite gets a database of its own, dropped afterwards).
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { closeStore, store } from "@/lib/store";
import { openEmbedded } from "@/lib/store/embedded";
import { migrationsFolder } from "@/lib/store/migrate";

export type StoreBackend = "embedded" | "postgres";

export function storeBackends(): StoreBackend[] {
  return process.env.ADE_TEST_DATABASE_URL ? ["embedded", "postgres"] : ["embedded"];
}

/** Points the store at a fresh database of `backend` for the suite this is called in (`seed` fills the data folder first). */
export function useFreshStore(
  backend: StoreBackend,
  options: { seed?: (dataDir: string) => void } = {},
): { dataDir: () => string; databaseUrl: () => string | undefined } {
  let dir = "";
  let databaseUrl: string | undefined;
  let database: string | undefined;
  beforeAll(async () => {
    await closeStore();
    dir = mkdtempSync(path.join(tmpdir(), "ade-store-test-"));
    process.env.ADE_DATA_DIR = dir;
    delete process.env.ADE_DATABASE_URL;
    if (backend === "embedded") cpSync(await embeddedTemplate(), path.join(dir, "store"), { recursive: true });
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
    options.seed?.(dir);
    // Opening PGlite (compiling its WebAssembly) takes seconds on a busy machine: here, not in the first test.
    await store();
  }, 180_000);
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

/**
 * A migrated, empty PGlite folder, made once per set of migrations and copied for each suite: making one
 * (initdb in WebAssembly) takes 10–40 s on a busy machine, copying it well under one.
 */
async function embeddedTemplate(): Promise<string> {
  const hash = createHash("sha256");
  for (const name of readdirSync(migrationsFolder).sort())
    if (name.endsWith(".sql")) hash.update(readFileSync(path.join(migrationsFolder, name)));
  const cache = path.resolve("node_modules", ".cache", "ade-store-template");
  const template = path.join(cache, hash.digest("hex").slice(0, 16));
  if (existsSync(template)) return template;
  const building = mkdtempSync(path.join(tmpdir(), "ade-store-template-"));
  const backend = await openEmbedded(path.join(building, "store"), "a template store");
  await backend.close();
  const partial = `${template}.${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    cpSync(path.join(building, "store"), partial, { recursive: true });
    renameSync(partial, template);
  } catch (error) {
    if (!existsSync(template)) throw error;
  } finally {
    rmSync(partial, { recursive: true, force: true });
    rmSync(building, { recursive: true, force: true });
  }
  return template;
}
