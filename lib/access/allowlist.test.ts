import { describe, expect, it } from "vitest";
import { describeAllowlist, isAllowedUrl, parseAllowlist } from "./allowlist";

function entries(text: string) {
  const parsed = parseAllowlist(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.entries;
}

describe("parseAllowlist", () => {
  it("reads hosts with and without ports, IPv6 in brackets", () => {
    expect(entries(" Letta.Example.com , 10.0.0.5:8283,[::1]:8283, host:80")).toEqual([
      { host: "letta.example.com", port: undefined },
      { host: "10.0.0.5", port: 8283 },
      { host: "[::1]", port: 8283 },
      { host: "host", port: 80 },
    ]);
  });

  it("is unrestricted when empty", () => {
    expect(entries("")).toBeNull();
    expect(entries(" , ")).toBeNull();
  });

  it("refuses URLs, paths and bad ports with the entry named", () => {
    for (const bad of ["http://host", "host/path", "user@host", "host:99999", "bad_host", "host:"]) {
      const parsed = parseAllowlist(bad);
      expect(parsed.ok, bad).toBe(false);
    }
  });

  it("describes itself as written", () => {
    expect(describeAllowlist(entries("a.example, b.example:8283") ?? [])).toBe("a.example, b.example:8283");
  });
});

describe("isAllowedUrl", () => {
  const list = entries("letta.example.com, 10.0.0.5:8283, [::1]:8283, secure.example:443");

  it("allows anything when there is no list", () => {
    expect(isAllowedUrl("http://169.254.169.254/latest", null)).toBe(true);
  });

  it("allows listed hosts on any port when no port is given", () => {
    expect(isAllowedUrl("https://letta.example.com", list)).toBe(true);
    expect(isAllowedUrl("http://LETTA.example.com:9000/api", list)).toBe(true);
  });

  it("holds listed ports exactly, counting default ports", () => {
    expect(isAllowedUrl("http://10.0.0.5:8283", list)).toBe(true);
    expect(isAllowedUrl("http://10.0.0.5:8284", list)).toBe(false);
    expect(isAllowedUrl("http://10.0.0.5", list)).toBe(false);
    expect(isAllowedUrl("https://secure.example", list)).toBe(true);
    expect(isAllowedUrl("http://secure.example", list)).toBe(false);
    expect(isAllowedUrl("http://[::1]:8283", list)).toBe(true);
  });

  it("refuses other hosts, look-alikes and credentials tricks", () => {
    expect(isAllowedUrl("http://169.254.169.254/latest/meta-data", list)).toBe(false);
    expect(isAllowedUrl("http://letta.example.com.evil.test", list)).toBe(false);
    expect(isAllowedUrl("http://evil.test/letta.example.com", list)).toBe(false);
    expect(isAllowedUrl("http://letta.example.com@evil.test", list)).toBe(false);
    expect(isAllowedUrl("http://127.0.0.1:8283", list)).toBe(false);
    expect(isAllowedUrl("not a url", list)).toBe(false);
  });
});
