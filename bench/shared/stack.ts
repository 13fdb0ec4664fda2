import path from "node:path";
import { fileURLToPath } from "node:url";
import { configFromEnv as stackConfigFromEnv, stackDown, stackUp } from "../../scripts/stack";

export const repoRootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The bench's own stack: its own folder and ports unless the environment says otherwise. */
export function configFromEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith("OPENAI_")) delete env[key];
  return stackConfigFromEnv(env, {
    stackDir: process.env.ADE_STACK_DIR ?? path.join(repoRootDir, ".letta-stack-bench"),
    lettaPort: Number(process.env.LETTA_PORT ?? 18390),
    modelPort: Number(process.env.ADE_MODEL_PORT ?? 18391),
    pgPort: Number(process.env.ADE_PG_PORT ?? 18392),
  });
}

/** The Letta server a bench measures: `LETTA_BASE_URL`, or its own stack, brought up here. */
export async function benchLetta(): Promise<{ lettaBaseUrl: string; release: () => Promise<void> }> {
  const fromEnv = process.env.LETTA_BASE_URL;
  if (fromEnv) return { lettaBaseUrl: fromEnv, release: async () => undefined };
  const config = configFromEnv();
  console.log(`bringing up a Letta stack in ${config.stackDir} (port ${config.lettaPort})`);
  const { lettaBaseUrl } = await stackUp(config, () => undefined);
  // The stack stays up for the next run unless BENCH_STACK_DOWN=1.
  return {
    lettaBaseUrl,
    release: async () => (process.env.BENCH_STACK_DOWN === "1" ? stackDown(config, () => undefined) : undefined),
  };
}
