import { describe, expect, it } from "vitest";
import { parseAccessEnv } from "./config";

describe("parseAccessEnv", () => {
  it("defaults to open, not demo, unrestricted", () => {
    expect(parseAccessEnv({})).toEqual({
      password: undefined,
      sessionSecret: undefined,
      demo: false,
      demoChat: false,
      allowlist: null,
    });
  });

  it("reads the password, the flags and the allowlist", () => {
    const config = parseAccessEnv({
      ADE_ACCESS_PASSWORD: "long enough",
      ADE_DEMO_MODE: "1",
      ADE_DEMO_ALLOW_CHAT: "true",
      ADE_CONNECTION_ALLOWLIST: "a.example:8283",
    });
    expect(config).toMatchObject({
      password: "long enough",
      demo: true,
      demoChat: true,
      allowlist: [{ host: "a.example", port: 8283 }],
    });
  });

  it("allows chat only in demo mode", () => {
    expect(parseAccessEnv({ ADE_DEMO_ALLOW_CHAT: "1" }).demoChat).toBe(false);
  });

  it("explains what is wrong", () => {
    expect(() => parseAccessEnv({ ADE_ACCESS_PASSWORD: "short" })).toThrow(/at least 8 characters/);
    expect(() => parseAccessEnv({ ADE_DEMO_MODE: "maybe" })).toThrow(/ADE_DEMO_MODE must be 1 or 0/);
    expect(() => parseAccessEnv({ ADE_SESSION_SECRET: "short" })).toThrow(/ADE_SESSION_SECRET/);
    expect(() => parseAccessEnv({ ADE_CONNECTION_ALLOWLIST: "http://x" })).toThrow(/ADE_CONNECTION_ALLOWLIST/);
  });
});
