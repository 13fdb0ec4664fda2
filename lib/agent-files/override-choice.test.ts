import { describe, expect, it } from "vitest";
import { chooseOverride, KEEP_FROM_FILE } from "./override-choice";

const server = ["letta/letta-free", "openai-proxy/scripted-model"];

describe("chooseOverride", () => {
  it("keeps the file's handles when the server offers them", () => {
    expect(chooseOverride(["openai-proxy/scripted-model", null], server)).toEqual({
      value: KEEP_FROM_FILE,
      missing: [],
    });
  });

  it("overrides with the server's first handle when one is missing", () => {
    expect(chooseOverride(["openai-proxy/scripted-model", "anthropic/claude"], server)).toEqual({
      value: "letta/letta-free",
      missing: ["anthropic/claude"],
    });
  });

  it("keeps the file's when it names no handle at all (an agent without embeddings)", () => {
    expect(chooseOverride([null], server)).toEqual({ value: KEEP_FROM_FILE, missing: [] });
  });

  it("keeps the file's when the server offers nothing", () => {
    expect(chooseOverride(["anthropic/claude"], []).value).toBe(KEEP_FROM_FILE);
  });
});
