import { describe, expect, it } from "vitest";
import { chooseOverride, KEEP_FROM_FILE } from "./override-choice";

const server = ["letta/letta-free", "openai-proxy/scripted-model"];

describe("chooseOverride", () => {
  it("keeps the file's handles when the server offers them", () => {
    expect(chooseOverride(["openai-proxy/scripted-model", null], server)).toEqual({ value: KEEP_FROM_FILE, missing: [] });
  });

  it("overrides with the server's first handle when one is missing", () => {
    expect(chooseOverride(["openai-proxy/scripted-model", "anthropic/claude"], server)).toEqual({
      value: "letta/letta-free",
      missing: ["anthropic/claude"],
    });
  });

  it("overrides when the file names no handle at all", () => {
    expect(chooseOverride([null], server).value).toBe("letta/letta-free");
  });

  it("keeps the file's when the server offers nothing", () => {
    expect(chooseOverride(["anthropic/claude"], []).value).toBe(KEEP_FROM_FILE);
  });
});
