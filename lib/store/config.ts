// Which database holds the ADE's own state: PGlite in the data folder (the default, nothing to install) or
// the Postgres named by ADE_DATABASE_URL. No "server-only" marker: proxy.ts reaches the store too.
import path from "node:path";
import { dataDir } from "./data-folder";

export type StoreTarget =
  { kind: "embedded"; dir: string; label: string } | { kind: "postgres"; url: string; label: string };

export class StoreConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoreConfigError";
  }
}

/** A Postgres URL as it may be shown: user, host, port and database, never the password. */
function describePostgresUrl(url: URL): string {
  const user = url.username ? `${decodeURIComponent(url.username)}@` : "";
  return `postgres://${user}${url.host}${url.pathname}`;
}

/** Reads ADE_DATABASE_URL once; a malformed value is refused with a message that names what is wrong. */
export function storeTarget(env: Record<string, string | undefined> = process.env): StoreTarget {
  const raw = env.ADE_DATABASE_URL?.trim();
  if (!raw) {
    const dir = path.join(dataDir(), "store");
    return { kind: "embedded", dir, label: `the embedded store in ${dir}` };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new StoreConfigError(
      "ADE_DATABASE_URL is not a URL. Use postgres://user:password@host:5432/database, or unset it for the embedded store.",
    );
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:")
    throw new StoreConfigError(
      `ADE_DATABASE_URL must start with postgres:// or postgresql://, not ${url.protocol}//. ` +
        "Use postgres://user:password@host:5432/database, or unset it for the embedded store.",
    );
  if (!url.hostname)
    throw new StoreConfigError("ADE_DATABASE_URL names no host (postgres://user:password@host:5432/database).");
  if (url.pathname.length <= 1)
    throw new StoreConfigError(
      `ADE_DATABASE_URL names no database (${describePostgresUrl(url)}): add one, as in postgres://user:password@host:5432/ade.`,
    );
  return { kind: "postgres", url: raw, label: `the Postgres database ${describePostgresUrl(url)}` };
}
