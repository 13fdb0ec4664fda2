import { appendFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/data/files";

/**
 * Sessions ended by logging out, kept in ADE_DATA_DIR until they would have expired anyway, so a copied
 * cookie stops working at logout (also across restarts). One line per session: `<expires ms>.<nonce>`.
 */
function revokedFile(): string {
  return path.join(dataDir(), "revoked-sessions");
}

let cache: { mtimeMs: number; size: number; ids: Set<string> } | undefined;

function sessionId(value: string): string | undefined {
  const [expires, nonce] = value.split(".");
  return expires && nonce ? `${expires}.${nonce}` : undefined;
}

function readIds(): Set<string> {
  const file = revokedFile();
  let stats;
  try {
    stats = statSync(file);
  } catch {
    return new Set();
  }
  if (cache && cache.mtimeMs === stats.mtimeMs && cache.size === stats.size) return cache.ids;
  const ids = new Set(readFileSync(file, "utf8").split("\n").filter(Boolean));
  cache = { mtimeMs: stats.mtimeMs, size: stats.size, ids };
  return ids;
}

export function isRevoked(value: string): boolean {
  const id = sessionId(value);
  return id !== undefined && readIds().has(id);
}

/** Ends a (verified) session value; drops entries that have expired on the way. */
export function revoke(value: string, now: number): void {
  const id = sessionId(value);
  if (!id) return;
  mkdirSync(dataDir(), { recursive: true, mode: 0o700 });
  const live = [...readIds()].filter((entry) => Number(entry.split(".")[0]) > now);
  if (live.length < readIds().size)
    writeFileSync(revokedFile(), live.map((entry) => `${entry}\n`).join(""), { mode: 0o600 });
  appendFileSync(revokedFile(), `${id}\n`, { mode: 0o600 });
}
