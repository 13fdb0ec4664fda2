import { describe, expect, it } from "vitest";
import { createProviderSchema, updateProviderKeySchema } from "./schema";

describe("createProviderSchema", () => {
  it("trims, drops empty optional fields and keeps the key", () => {
    expect(
      createProviderSchema.parse({ type: "openai", name: " local ", apiKey: " k ", baseUrl: "", region: " " }),
    ).toEqual({ type: "openai", name: "local", apiKey: "k", baseUrl: undefined, region: undefined });
  });

  it("refuses names that cannot start a model handle and URLs that are not http(s)", () => {
    expect(createProviderSchema.safeParse({ type: "openai", name: "a/b", apiKey: "k" }).success).toBe(false);
    expect(
      createProviderSchema.safeParse({ type: "openai", name: "ok", apiKey: "k", baseUrl: "ftp://x" }).success,
    ).toBe(false);
    expect(createProviderSchema.safeParse({ type: "openai", name: "ok", apiKey: "" }).success).toBe(false);
  });
});

describe("updateProviderKeySchema", () => {
  it("needs a provider id and a new key", () => {
    expect(updateProviderKeySchema.safeParse({ id: "provider-1a2b", apiKey: "new" }).success).toBe(true);
    expect(updateProviderKeySchema.safeParse({ id: "agent-1", apiKey: "new" }).success).toBe(false);
  });
});
