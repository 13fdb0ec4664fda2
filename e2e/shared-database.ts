import pg from "pg";
import { randomUUID } from "node:crypto";
import { testStack } from "./test-stack";

export interface SharedDatabase {
  /** ADE_DATABASE_URL for every ADE server that shares it. */
  url: string;
  drop: () => Promise<void>;
}

const adminUrl = () => `postgresql://postgres@127.0.0.1:${testStack.pgPort}/postgres?sslmode=disable`;

async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh database on the test stack's Postgres, for ADE servers that share one store. */
export async function createSharedDatabase(): Promise<SharedDatabase> {
  const name = `ade_e2e_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  await admin(`CREATE DATABASE ${name}`);
  return {
    url: `postgresql://postgres@127.0.0.1:${testStack.pgPort}/${name}?sslmode=disable`,
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
