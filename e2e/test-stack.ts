import path from "node:path";

function port(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 && value < 65536 ? value : fallback;
}

/**
 * The e2e run's own Letta stack: separate ports and folder, so a developer's stack is never touched.
 * E2E_*_PORT variables let two checkouts run their suites side by side.
 */
export const testStack = {
  stackDir: path.resolve(import.meta.dirname, "..", ".letta-stack-test"),
  lettaPort: port("E2E_LETTA_PORT", 18283),
  modelPort: port("E2E_MODEL_PORT", 18284),
  pgPort: port("E2E_PG_PORT", 18285),
  adePort: port("E2E_ADE_PORT", 13000),
} as const;

/** The ADE's own data (saved connections) during e2e runs, inside the test stack's folder. */
export const adeDataDir = path.join(testStack.stackDir, "ade-data");

export const lettaBaseUrl = `http://127.0.0.1:${testStack.lettaPort}`;
export const adeBaseUrl = `http://127.0.0.1:${testStack.adePort}`;

/** The scripted model as Letta registers it (OpenAI-compatible provider at a non-OpenAI base URL). */
export const scriptedModel = "openai-proxy/scripted-model";
export const scriptedEmbedding = "openai/text-embedding-3-small";

/**
 * Secrets the e2e run configures, so the secret scan (e2e/fixtures.ts, e2e/secrets.spec.ts) can fail:
 * the main ADE's LETTA_API_KEY (the test server is not secured, so Letta ignores it), the access
 * password and session secret of the ADEs the access specs start, and the provider keys the providers spec
 * gives Letta. None may ever reach a browser.
 */
export const e2eSecrets = {
  lettaApiKey: "sk-let-e2e-configured-api-key-3f9c2a7e51b8",
  accessPassword: "e2e-access-password-8d41c0b7e2",
  sessionSecret: "e2e-session-secret-6b0e93f1a47d52c8e91f0a3b7c4d2e6f",
  /** Keys of the model providers e2e/providers.spec.ts adds at run time (stored by Letta, never shown). */
  providerKey: "sk-e2e-provider-key-5c1d8e2a97f4",
  providerKeyChanged: "sk-e2e-provider-key-changed-0b7e4f19c3a6",
  /** The scripted model server refuses keys starting with `wrong-`. */
  providerWrongKey: "wrong-e2e-provider-key-a4c93e7d10b2",
} as const;

export const configuredSecrets: readonly string[] = Object.values(e2eSecrets);

/** Ports for the extra ADE processes the access specs start (E2E_ADE_PORT + 1…9). */
export const extraAdePort = (offset: number) => testStack.adePort + offset;
