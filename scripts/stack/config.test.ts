import path from "node:path";
import { describe, expect, it } from "vitest";
import { configFromEnv, providerEnvFrom, repoRoot, stackPaths, urls } from "./config";

describe("configFromEnv", () => {
  it("uses the defaults", () => {
    const config = configFromEnv({});
    expect(config.stackDir).toBe(path.join(repoRoot, ".letta-stack"));
    expect(config.cacheDir).toMatch(/\.cache\/letta-ade$/);
    expect([config.lettaPort, config.modelPort, config.pgPort]).toEqual([8283, 8284, 8285]);
    expect(config.useScriptedModel).toBe(true);
  });

  it("reads ports and directories from the environment", () => {
    const config = configFromEnv({
      LETTA_PORT: "9000",
      ADE_MODEL_PORT: "9001",
      ADE_PG_PORT: "9002",
      ADE_STACK_DIR: "/tmp/s",
    });
    expect([config.lettaPort, config.modelPort, config.pgPort]).toEqual([9000, 9001, 9002]);
    expect(config.stackDir).toBe("/tmp/s");
  });

  it("lets overrides win over the environment", () => {
    const config = configFromEnv({ LETTA_PORT: "9000" }, { lettaPort: 18283, stackDir: ".letta-stack-test" });
    expect(config.lettaPort).toBe(18283);
    expect(config.stackDir).toBe(path.resolve(".letta-stack-test"));
  });

  it("rejects bad ports", () => {
    expect(() => configFromEnv({ LETTA_PORT: "http" })).toThrow(/LETTA_PORT/);
    expect(() => configFromEnv({ ADE_PG_PORT: "70000" })).toThrow(/ADE_PG_PORT/);
    expect(() => configFromEnv({ ADE_MODEL_PORT: "8283" })).toThrow(/different ports/);
  });

  it("expands ~ in directories", () => {
    expect(configFromEnv({ ADE_CACHE_DIR: "~/x" }).cacheDir).not.toContain("~");
  });

  it("switches the scripted model off when a real OpenAI key is set", () => {
    expect(configFromEnv({ OPENAI_API_KEY: "sk-real" }).useScriptedModel).toBe(false);
    expect(configFromEnv({ OPENAI_API_KEY: "" }).useScriptedModel).toBe(true);
  });
});

describe("providerEnvFrom", () => {
  it("passes provider keys through and nothing else", () => {
    const picked = providerEnvFrom({
      OPENAI_API_KEY: "a",
      OPENAI_BASE_URL: "http://x/v1",
      ANTHROPIC_API_KEY: "b",
      OLLAMA_BASE_URL: "http://o",
      GEMINI_API_KEY: "",
      LETTA_PG_URI: "postgresql://elsewhere",
      SENTRY_DSN: "https://sentry",
      PATH: "/bin",
    });
    expect(picked).toEqual({
      OPENAI_API_KEY: "a",
      OPENAI_BASE_URL: "http://x/v1",
      ANTHROPIC_API_KEY: "b",
      OLLAMA_BASE_URL: "http://o",
    });
  });
});

describe("stackPaths and urls", () => {
  it("keeps everything inside the stack dir", () => {
    const paths = stackPaths({ stackDir: "/s" });
    expect(paths.log("letta")).toBe("/s/logs/letta.log");
    expect(paths.pidFile("postgres")).toBe("/s/pids/postgres.json");
    expect(paths.pgData).toBe("/s/pg");
  });

  it("builds the URLs", () => {
    const u = urls(configFromEnv({}, { lettaPort: 18283, modelPort: 18284, pgPort: 18285 }));
    expect(u).toEqual({
      lettaBaseUrl: "http://127.0.0.1:18283",
      modelBaseUrl: "http://127.0.0.1:18284",
      pgUri: "postgresql://postgres@127.0.0.1:18285/letta?sslmode=disable",
    });
    expect(urls(configFromEnv({ OPENAI_API_KEY: "k" })).modelBaseUrl).toBeUndefined();
  });
});
