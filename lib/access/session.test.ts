import { describe, expect, it } from "vitest";
import { deriveSessionKey, passwordMatches, sessionName, SESSION_TTL_MS, signSession, verifySession } from "./session";

const key = deriveSessionKey("s".repeat(32), "correct horse");
const now = 1_800_000_000_000;

describe("session cookies", () => {
  it("verifies a value it signed until it expires", () => {
    const value = signSession(key, now);
    expect(verifySession(key, value, now)).toBe(true);
    expect(verifySession(key, value, now + SESSION_TTL_MS - 1)).toBe(true);
    expect(verifySession(key, value, now + SESSION_TTL_MS)).toBe(false);
  });

  it("refuses a forged, altered or foreign value", () => {
    const value = signSession(key, now);
    const [expires, nonce, signature] = value.split(".") as [string, string, string];
    expect(verifySession(key, `${Number(expires) + 1000}.${nonce}.${signature}`, now)).toBe(false);
    expect(verifySession(key, `${expires}.${nonce}x.${signature}`, now)).toBe(false);
    const altered = signature.endsWith("A") ? "B" : "A";
    expect(verifySession(key, `${expires}.${nonce}.${signature.slice(0, -1)}${altered}`, now)).toBe(false);
    expect(verifySession(key, `${expires}.${nonce}`, now)).toBe(false);
    expect(verifySession(key, "", now)).toBe(false);
    expect(verifySession(key, undefined, now)).toBe(false);
    expect(verifySession(deriveSessionKey("t".repeat(32), "correct horse"), value, now)).toBe(false);
  });

  it("keeps the name given at login, signed with the rest", () => {
    const value = signSession(key, now, { name: "Ada Lovelace ✓" });
    expect(verifySession(key, value, now)).toBe(true);
    expect(sessionName(value)).toBe("Ada Lovelace ✓");
    expect(sessionName(signSession(key, now))).toBeNull();
    const [expires, nonce, , signature] = value.split(".") as [string, string, string, string];
    const forged = Buffer.from("Grace", "utf8").toString("base64url");
    expect(verifySession(key, `${expires}.${nonce}.${forged}.${signature}`, now)).toBe(false);
    expect(verifySession(key, `${expires}.${nonce}.${signature}`, now)).toBe(false);
  });

  it("ends every session when the password changes", () => {
    const value = signSession(key, now);
    expect(verifySession(deriveSessionKey("s".repeat(32), "another password"), value, now)).toBe(false);
  });

  it("signs with a fresh nonce each time", () => {
    expect(signSession(key, now)).not.toBe(signSession(key, now));
  });

  it("compares passwords exactly", () => {
    expect(passwordMatches("correct horse", "correct horse")).toBe(true);
    expect(passwordMatches("correct hors", "correct horse")).toBe(false);
    expect(passwordMatches("Correct horse", "correct horse")).toBe(false);
    expect(passwordMatches("", "correct horse")).toBe(false);
  });
});
