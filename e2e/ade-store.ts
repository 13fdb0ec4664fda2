import pg from "pg";
import { testStack } from "./test-stack";

/** The test stack's Postgres (no password; Letta's own database is "letta", never touched here). */
export const databaseUrl = (database: string) => `postgres://postgres@127.0.0.1:${testStack.pgPort}/${database}`;

/** The database the main e2e ADE keeps its own state in (ADE_DATABASE_URL, see playwright.config.ts). */
export const mainAdeDatabase = "ade_e2e";

async function onServer<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(database) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(name: string): Promise<string> {
  await onServer("postgres", async (client) => {
    const exists = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  });
  return databaseUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  await onServer("postgres", (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Rows of a query on an ADE's store database: what the ADE holds, read by the test. */
export function storeRows<T extends object>(database: string, text: string, values: unknown[] = []): Promise<T[]> {
  return onServer(database, async (client) => (await client.query<T>(text, values)).rows);
}
