import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** The httpOnly cookie that proves this browser logged in. */
export const SESSION_COOKIE = "ade-session";
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

function mac(key: Buffer, payload: string): string {
  return createHmac("sha256", key).update(payload).digest("base64url");
}

/** A session value: `<expires ms>.<random nonce>.<HMAC-SHA256 of both>`, valid until it expires. */
export function signSession(key: Buffer, now: number, nonce: string = randomBytes(16).toString("base64url")): string {
  const payload = `${now + SESSION_TTL_MS}.${nonce}`;
  return `${payload}.${mac(key, payload)}`;
}

/** Whether a cookie value is a session this key signed that has not expired. */
export function verifySession(key: Buffer, value: string | undefined, now: number): boolean {
  if (!value) return false;
  const parts = value.split(".");
  if (parts.length !== 3) return false;
  const [expires, nonce, signature] = parts as [string, string, string];
  if (!/^\d{1,16}$/.test(expires) || !/^[\w-]{16,64}$/.test(nonce)) return false;
  const expected = Buffer.from(mac(key, `${expires}.${nonce}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  return Number(expires) > now;
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
