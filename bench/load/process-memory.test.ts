import { describe, expect, it } from "vitest";
import { isLoopbackUrl, treeRssBytes } from "./process-memory";

describe("isLoopbackUrl", () => {
  it("accepts loopback hosts only", () => {
    expect(isLoopbackUrl("http://127.0.0.1:8283")).toBe(true);
    expect(isLoopbackUrl("http://localhost:8283/")).toBe(true);
    expect(isLoopbackUrl("http://[::1]:8283")).toBe(true);
    expect(isLoopbackUrl("http://10.0.0.5:8283")).toBe(false);
    expect(isLoopbackUrl("https://api.letta.com")).toBe(false);
    expect(isLoopbackUrl("http://127.0.0.1.evil.example:80")).toBe(false);
    expect(isLoopbackUrl("not a url")).toBe(false);
  });
});

describe("treeRssBytes", () => {
  it("measures this process, and nothing for a pid that does not exist", () => {
    expect(treeRssBytes(process.pid)).toBeGreaterThan(1024 * 1024);
    expect(treeRssBytes(2 ** 22 + 7)).toBe(0);
  });
});
