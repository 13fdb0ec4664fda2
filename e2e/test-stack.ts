import path from "node:path";

/** The e2e run's own Letta stack: separate ports and folder, so a developer's stack is never touched. */
export const testStack = {
  stackDir: path.resolve(import.meta.dirname, "..", ".letta-stack-test"),
  lettaPort: 18283,
  modelPort: 18284,
  pgPort: 18285,
  adePort: 13000,
} as const;

export const lettaBaseUrl = `http://127.0.0.1:${testStack.lettaPort}`;
export const adeBaseUrl = `http://127.0.0.1:${testStack.adePort}`;

/** The scripted model as Letta registers it (OpenAI-compatible provider at a non-OpenAI base URL). */
export const scriptedModel = "openai-proxy/scripted-model";
export const scriptedEmbedding = "openai/text-embedding-3-small";
