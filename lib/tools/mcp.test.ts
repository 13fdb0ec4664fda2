import { describe, expect, it } from "vitest";
import { mcpServerInputSchema, parsePairs, splitArgs } from "./mcp";

describe("parsePairs", () => {
  it("reads headers and environment variables", () => {
    expect(parsePairs("Authorization: Bearer abc:def\nX-Team: blue", ":")).toEqual({
      pairs: { Authorization: "Bearer abc:def", "X-Team": "blue" },
    });
    expect(parsePairs("API_KEY=a=b\n\n", "=")).toEqual({ pairs: { API_KEY: "a=b" } });
  });

  it("says which line is wrong", () => {
    expect(parsePairs("no separator", ":")).toEqual({ error: 'Line 1: write it as "Name: value"' });
    expect(parsePairs("Bad Name: x", ":")).toEqual({ error: 'Line 1: "Bad Name" is not a valid header name' });
    expect(parsePairs("A: 1\na: 2", ":")).toEqual({ error: "Line 2: a is given twice" });
    expect(parsePairs("1X=2", "=")).toEqual({ error: 'Line 1: "1X" is not a valid variable name' });
  });
});

describe("mcpServerInputSchema", () => {
  it("accepts the three transports", () => {
    expect(
      mcpServerInputSchema.safeParse({ type: "stdio", name: "files", command: "python", args: ["-m", "srv"], env: {} })
        .success,
    ).toBe(true);
    expect(
      mcpServerInputSchema.safeParse({
        type: "sse",
        name: "s",
        url: "http://127.0.0.1:9000/sse",
        headers: { "X-Key": "1" },
      }).success,
    ).toBe(true);
    expect(
      mcpServerInputSchema.safeParse({
        type: "streamable_http",
        name: "s",
        url: "https://example.test/mcp",
        headers: {},
      }).success,
    ).toBe(true);
  });

  it("refuses a bad name or URL", () => {
    expect(
      mcpServerInputSchema.safeParse({ type: "sse", name: "my server", url: "http://x", headers: {} }).success,
    ).toBe(false);
    expect(
      mcpServerInputSchema.safeParse({ type: "streamable_http", name: "s", url: "ftp://x", headers: {} }).success,
    ).toBe(false);
  });

  it("splits arguments by line", () => {
    expect(splitArgs("-m\n  server.py \n\n")).toEqual(["-m", "server.py"]);
  });
});
