import { configFromEnv, stackUp, wipe } from "../scripts/stack";
import { createDatabase, mainAdeDatabase } from "./ade-store";
import { testStack } from "./test-stack";

function stackConfig() {
  // The scripted model stands in for every provider in tests, whatever the developer's shell holds.
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith("OPENAI_")) delete env[key];
  return configFromEnv(env, {
    stackDir: testStack.stackDir,
    lettaPort: testStack.lettaPort,
    modelPort: testStack.modelPort,
    pgPort: testStack.pgPort,
  });
}

export { stackConfig };

export default async function globalSetup() {
  const config = stackConfig();
  if (process.env.E2E_REUSE_STACK !== "1") await wipe(config);
  const started = Date.now();
  const info = await stackUp(config);
  // The main e2e ADE keeps its own state in the stack's Postgres; until this exists its store calls fail and retry.
  await createDatabase(mainAdeDatabase);
  console.log(`[e2e] Letta test stack ready at ${info.lettaBaseUrl} in ${Math.round((Date.now() - started) / 1000)} s`);
}
