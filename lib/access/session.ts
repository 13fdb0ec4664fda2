import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { MAX_ACCESS_NAME } from "./public";

/** The httpOnly cookie that proves this browser logged in. */
export const SESSION_COOKIE = "ade-session";
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

function mac(key: Buffer, payload: string): string {
  return createHmac("sha256", key).update(payload).digest("base64url");
}

/**
 * A session value: `<expires ms>.<random nonce>[.<name>].<HMAC-SHA256 of the rest>`, valid until it expires.
 * `name` is the optional name given at login (base64url), so the server can say who sent a turn.
 */
export function signSession(key: Buffer, now: number, options: { nonce?: string; name?: string | null } = {}): string {
  const nonce = options.nonce ?? randomBytes(16).toString("base64url");
  const name = options.name ? `.${Buffer.from(options.name, "utf8").toString("base64url")}` : "";
  const payload = `${now + SESSION_TTL_MS}.${nonce}${name}`;
  return `${payload}.${mac(key, payload)}`;
}

/** Whether a cookie value is a session this key signed that has not expired. */
export function verifySession(key: Buffer, value: string | undefined, now: number): boolean {
  if (!value) return false;
  const parts = value.split(".");
  if (parts.length !== 3 && parts.length !== 4) return false;
  const [expires = "", nonce = ""] = parts;
  const name = parts.length === 4 ? parts[2] : undefined;
  const signature = parts.at(-1) ?? "";
  if (!/^\d{1,16}$/.test(expires) || !/^[\w-]{16,64}$/.test(nonce)) return false;
  if (name !== undefined && !/^[\w-]{1,240}$/.test(name)) return false;
  const expected = Buffer.from(mac(key, parts.slice(0, -1).join(".")));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  return Number(expires) > now;
}

/** The name a verified session was given at login, or null (check the session with verifySession first). */
export function sessionName(value: string): string | null {
  const parts = value.split(".");
  if (parts.length !== 4 || !parts[2]) return null;
  const name = Buffer.from(parts[2], "base64url").toString("utf8").trim();
  return name === "" ? null : name.slice(0, MAX_ACCESS_NAME);
}

/** Compares a typed password with the configured one in constant time (hashes first, so lengths match). */
export function passwordMatches(typed: string, configured: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(typed), digest(configured));
}

/** The signing key: derived from the secret and the password, so changing either ends every session. */
export function deriveSessionKey(secret: string | Buffer, password: string): Buffer {
  return createHmac("sha256", secret).update(`ade-session-v1\0${password}`).digest();
}
