import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { StackError } from "./errors";

export const LETTA_VERSION = "0.16.8";
export const PGSERVER_VERSION = "0.1.4";
export const HOST = "127.0.0.1";
export const PG_DATABASE = "letta";
export const PG_SUPERUSER = "postgres";

/** The key Letta gets when it talks to the scripted model server (which ignores it). */
export const SCRIPTED_MODEL_KEY = "scripted-model-key";

export const COMPONENTS = ["postgres", "model-server", "letta"] as const;
export type Component = (typeof COMPONENTS)[number];

/** Env prefixes of model providers and tool sandboxes that Letta reads; passed through as they are. */
const PASSTHROUGH_PREFIXES = [
  "OPENAI_",
  "ANTHROPIC_",
  "OLLAMA_",
  "GEMINI_",
  "GOOGLE_CLOUD_",
  "VLLM_",
  "SGLANG_",
  "AZURE_",
  "GROQ_",
  "TOGETHER_",
  "DEEPSEEK_",
  "XAI_",
  "ZAI_",
  "OPENROUTER_",
  "FIREWORKS_",
  "BASETEN_",
  "MINIMAX_",
  "LMSTUDIO_",
  "BEDROCK_",
  "AWS_",
  "E2B_",
] as const;

/** An environment like `process.env` (kept loose: Next's types make NODE_ENV required). */
export type Env = Readonly<Record<string, string | undefined>>;

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const port = z.coerce.number().int().min(1).max(65535);
const nonEmpty = z.string().trim().min(1);

const envSchema = z.object({
  ADE_STACK_DIR: nonEmpty.optional(),
  ADE_CACHE_DIR: nonEmpty.optional(),
  LETTA_PORT: port.default(8283),
  ADE_MODEL_PORT: port.default(8284),
  ADE_PG_PORT: port.default(8285),
  ADE_PYTHON: nonEmpty.optional(),
});

const configSchema = z
  .object({
    stackDir: nonEmpty,
    cacheDir: nonEmpty,
    lettaPort: port,
    modelPort: port,
    pgPort: port,
    /** A Python 3.11–3.13 interpreter to use instead of searching PATH. */
    python: nonEmpty.optional(),
    /** Provider env passed to Letta. Without OPENAI_API_KEY the scripted model server is started. */
    providerEnv: z.record(z.string(), z.string()),
  })
  .refine((c) => new Set([c.lettaPort, c.modelPort, c.pgPort]).size === 3, {
    message: "LETTA_PORT, ADE_MODEL_PORT and ADE_PG_PORT must be three different ports",
  });

export type StackConfig = z.infer<typeof configSchema> & { readonly useScriptedModel: boolean };
export type StackConfigOverrides = Partial<z.input<typeof configSchema>>;

/** Picks the provider variables Letta should see out of an environment. Empty values are dropped. */
export function providerEnvFrom(env: Env): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value && PASSTHROUGH_PREFIXES.some((prefix) => key.startsWith(prefix))) picked[key] = value;
  }
  return picked;
}

function expandHome(p: string): string {
  return p === "~" || p.startsWith("~/") ? path.join(os.homedir(), p.slice(1)) : p;
}

/** Reads and validates the stack configuration; `overrides` win over the environment. */
export function configFromEnv(env: Env = process.env, overrides: StackConfigOverrides = {}): StackConfig {
  const parsedEnv = envSchema.safeParse(env);
  if (!parsedEnv.success) {
    throw new StackError("config", `invalid environment:\n${z.prettifyError(parsedEnv.error)}`);
  }
  const e = parsedEnv.data;
  const parsed = configSchema.safeParse({
    stackDir: e.ADE_STACK_DIR ?? path.join(repoRoot, ".letta-stack"),
    cacheDir: e.ADE_CACHE_DIR ?? path.join(os.homedir(), ".cache", "letta-ade"),
    lettaPort: e.LETTA_PORT,
    modelPort: e.ADE_MODEL_PORT,
    pgPort: e.ADE_PG_PORT,
    python: e.ADE_PYTHON,
    providerEnv: providerEnvFrom(env),
    ...overrides,
  });
  if (!parsed.success) throw new StackError("config", `invalid configuration:\n${z.prettifyError(parsed.error)}`);
  const c = parsed.data;
  return {
    ...c,
    stackDir: path.resolve(expandHome(c.stackDir)),
    cacheDir: path.resolve(expandHome(c.cacheDir)),
    useScriptedModel: !c.providerEnv.OPENAI_API_KEY,
  };
}

export interface StackPaths {
  readonly stackDir: string;
  readonly marker: string;
  readonly logsDir: string;
  readonly pidsDir: string;
  readonly pgData: string;
  readonly pgSocketDir: string;
  readonly pgInstall: string;
  readonly lettaDir: string;
  log(name: Component | "install" | "migrations"): string;
  pidFile(component: Component): string;
}

export function stackPaths(config: Pick<StackConfig, "stackDir">): StackPaths {
  const dir = config.stackDir;
  return {
    stackDir: dir,
    marker: path.join(dir, ".letta-ade-stack"),
    logsDir: path.join(dir, "logs"),
    pidsDir: path.join(dir, "pids"),
    pgData: path.join(dir, "pg"),
    pgSocketDir: path.join(dir, "pg-socket"),
    pgInstall: path.join(dir, "pg-install"),
    lettaDir: path.join(dir, "letta"),
    log: (name) => path.join(dir, "logs", `${name}.log`),
    pidFile: (component) => path.join(dir, "pids", `${component}.json`),
  };
}

export function urls(config: StackConfig) {
  return {
    lettaBaseUrl: `http://${HOST}:${config.lettaPort}`,
    modelBaseUrl: config.useScriptedModel ? `http://${HOST}:${config.modelPort}` : undefined,
    pgUri: `postgresql://${PG_SUPERUSER}@${HOST}:${config.pgPort}/${PG_DATABASE}?sslmode=disable`,
  };
}
