import { describe, expect, it } from "vitest";
import { configFromEnv, stackPaths } from "./config";
import { isLettaHealth, lettaEnv } from "./letta";
import type { Venv } from "./venv";

const venv: Venv = {
  dir: "/v",
  python: "/v/bin/python",
  pyMinor: 11,
  bin: (n) => `/v/bin/${n}`,
  sitePackages: "/v/lib",
};

describe("lettaEnv", () => {
  it("points Letta at the scripted model server and keeps the caller's other settings out", () => {
    const config = configFromEnv({}, { stackDir: "/s" });
    const env = lettaEnv({
      config,
      paths: stackPaths(config),
      venv,
      pgUri: "postgresql://postgres@127.0.0.1:8285/letta?sslmode=disable",
      modelBaseUrl: "http://127.0.0.1:8284",
      parent: { PATH: "/usr/bin", HOME: "/root", SENTRY_DSN: "x", LETTA_PG_URI: "elsewhere" },
    });
    expect(env).toEqual({
      PATH: "/v/bin:/usr/bin",
      HOME: "/root",
      OPENAI_API_KEY: "scripted-model-key",
      OPENAI_BASE_URL: "http://127.0.0.1:8284/v1",
      LETTA_PG_URI: "postgresql://postgres@127.0.0.1:8285/letta?sslmode=disable",
      LETTA_DIR: "/s/letta",
      PYTHONUNBUFFERED: "1",
      LETTA_DISABLE_SQLALCHEMY_POOLING: "false",
      LETTA_PG_POOL_SIZE: "10",
      LETTA_PG_MAX_OVERFLOW: "10",
      MCP_DISABLE_STDIO: "false",
      LETTA_TRACK_PROVIDER_TRACE: "true",
    });
  });

  it("passes real provider keys through", () => {
    const config = configFromEnv({ OPENAI_API_KEY: "sk-x", ANTHROPIC_API_KEY: "ant" }, { stackDir: "/s" });
    const env = lettaEnv({ config, paths: stackPaths(config), venv, pgUri: "pg", parent: {} });
    expect(env.OPENAI_API_KEY).toBe("sk-x");
    expect(env.ANTHROPIC_API_KEY).toBe("ant");
    expect(env.OPENAI_BASE_URL).toBeUndefined();
  });
});

describe("isLettaHealth", () => {
  it("accepts {status, version}", () => {
    expect(isLettaHealth({ status: "ok", version: "0.16.8" })).toBe(true);
    expect(isLettaHealth({ status: "ok" })).toBe(false);
    expect(isLettaHealth(null)).toBe(false);
  });
});
