import { randomBytes } from "node:crypto";
import { settingOrCreate } from "@/lib/store/settings";
import type { AccessConfig } from "./config";
import { deriveSessionKey } from "./session";

let cached: { password: string; key: Buffer } | undefined;

/**
 * The key session cookies are signed with; undefined when no access password is set. Without
 * ADE_SESSION_SECRET a random secret is made once and kept in the store, so sessions survive a restart and
 * every ADE process on the store accepts the others' cookies.
 */
export async function sessionKey(config: AccessConfig): Promise<Buffer | undefined> {
  if (!config.password) return undefined;
  if (cached?.password !== config.password) {
    const secret =
      config.sessionSecret ?? (await settingOrCreate("session-secret", () => randomBytes(32).toString("base64url")));
    cached = { password: config.password, key: deriveSessionKey(secret, config.password) };
  }
  return cached.key;
}
