import { describe, expect, it } from "vitest";
import { EnvError, parseServerEnv } from "./schema";

describe("parseServerEnv", () => {
  it("defaults to a local Letta server", () => {
    expect(parseServerEnv({})).toEqual({
      LETTA_BASE_URL: "http://localhost:8283",
      LETTA_API_KEY: undefined,
      LETTA_PROJECT_ID: undefined,
    });
  });

  it("treats empty strings as unset", () => {
    const env = parseServerEnv({ LETTA_BASE_URL: "", LETTA_API_KEY: "  ", LETTA_PROJECT_ID: "" });
    expect(env.LETTA_BASE_URL).toBe("http://localhost:8283");
    expect(env.LETTA_API_KEY).toBeUndefined();
    expect(env.LETTA_PROJECT_ID).toBeUndefined();
  });

  it("keeps a key and project id and trims a trailing slash", () => {
    const env = parseServerEnv({
      LETTA_BASE_URL: "https://api.letta.com/",
      LETTA_API_KEY: "sk-let-abc",
      LETTA_PROJECT_ID: "proj-1",
    });
    expect(env).toEqual({
      LETTA_BASE_URL: "https://api.letta.com",
      LETTA_API_KEY: "sk-let-abc",
      LETTA_PROJECT_ID: "proj-1",
    });
  });

  it.each(["localhost:8283", "ftp://example.com", "not a url"])(
    "rejects %s with a message naming the variable",
    (value) => {
      expect(() => parseServerEnv({ LETTA_BASE_URL: value })).toThrow(EnvError);
      expect(() => parseServerEnv({ LETTA_BASE_URL: value })).toThrow(/LETTA_BASE_URL/);
    },
  );
});
