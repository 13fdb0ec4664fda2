import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import type { Listener } from "./bus";
import type { StoreDb } from "./db";
import type { Backend } from "./embedded";
import { migrationsFolder, refuseNewerStore } from "./migrate";

/** Serialises start-up migrations between ADE processes that start at once on one database. */
const MIGRATION_LOCK = 7_270_736_923;

const connectTimeoutMs = 5_000;

/** A Postgres (14 or newer) named by ADE_DATABASE_URL, shared by any number of ADE processes. */
export async function openPostgres(url: string, label: string): Promise<Backend> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: connectTimeoutMs });
  // An idle connection the server dropped (a restart): the pool replaces it; nothing else to do.
  pool.on("error", (error) => console.warn(`The ADE's store (${label}): a connection closed (${error.message}).`));
  try {
    const client = await pool.connect();
    try {
      await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
      try {
        const locked = drizzle({ client });
        await refuseNewerStore(locked as unknown as StoreDb, label);
        await migrate(locked, { migrationsFolder });
      } finally {
        await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]);
      }
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  const listener = new PostgresListener(url, label);
  return {
    db: drizzle({ client: pool }) as unknown as StoreDb,
    listener,
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}

/** One connection that LISTENs for this process, reconnecting (and re-listening) when it is lost. */
class PostgresListener implements Listener {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private readonly channels = new Map<string, (payload: string) => void>();
  private readonly gapCallbacks: (() => void)[] = [];
  private closed = false;
  private retryMs = 250;

  constructor(
    private readonly url: string,
    private readonly label: string,
  ) {}

  async subscribe(channel: string, deliver: (payload: string) => void): Promise<void> {
    this.channels.set(channel, deliver);
    const client = await this.connection();
    await client.query(`LISTEN "${channel}"`);
  }

  async unsubscribe(channel: string): Promise<void> {
    this.channels.delete(channel);
    if (this.client) await this.client.query(`UNLISTEN "${channel}"`).catch(() => undefined);
  }

  onGap(callback: () => void): void {
    this.gapCallbacks.push(callback);
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private connection(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.connect().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: connectTimeoutMs });
    client.on("notification", (message) => this.channels.get(message.channel)?.(message.payload ?? ""));
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    await client.connect();
    for (const channel of this.channels.keys()) await client.query(`LISTEN "${channel}"`);
    this.client = client;
    this.retryMs = 250;
    return client;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client || this.closed) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    console.warn(`The ADE's store (${this.label}): the notification connection was lost; reconnecting.`);
    this.reconnect();
  }

  private reconnect(): void {
    if (this.closed) return;
    setTimeout(() => {
      if (this.closed || this.client) return;
      this.connection().then(
        () => {
          for (const callback of this.gapCallbacks) callback();
        },
        () => {
          this.retryMs = Math.min(this.retryMs * 2, 5_000);
          this.reconnect();
        },
      );
    }, this.retryMs).unref();
  }
}
