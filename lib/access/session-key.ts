import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/data/files";
import type { AccessConfig } from "./config";
import { deriveSessionKey } from "./session";

/** A random secret kept in ADE_DATA_DIR (0600), made on first use, so sessions survive a restart. */
function storedSecret(): string {
  const dir = dataDir();
  const file = path.join(dir, "session-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  try {
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}

let cached: { password: string; key: Buffer } | undefined;

/** The key session cookies are signed with; undefined when no access password is set. */
export function sessionKey(config: AccessConfig): Buffer | undefined {
  if (!config.password) return undefined;
  if (cached?.password !== config.password) {
    cached = {
      password: config.password,
      key: deriveSessionKey(config.sessionSecret ?? storedSecret(), config.password),
    };
  }
  return cached.key;
}
