import { test as base, expect } from "@playwright/test";
import Letta from "@letta-ai/letta-client";
import type { AgentState } from "@letta-ai/letta-client/resources/agents/agents";
import { randomUUID } from "node:crypto";
import { lettaBaseUrl, scriptedEmbedding, scriptedModel } from "./test-stack";

interface Fixtures {
  /** An SDK client on the test stack, for arranging and for checking what the server holds. */
  letta: Letta;
  /** A fresh agent on the scripted model, deleted after the test. */
  agent: AgentState;
}

export const test = base.extend<Fixtures>({
  letta: async ({}, use) => {
    await use(new Letta({ baseURL: lettaBaseUrl, apiKey: null, maxRetries: 0 }));
  },
  agent: async ({ letta }, use, testInfo) => {
    const agent = await letta.agents.create({
      name: `e2e-${testInfo.title.replace(/[^a-z0-9]+/gi, "-").slice(0, 40)}-${randomUUID().slice(0, 8)}`,
      model: scriptedModel,
      embedding: scriptedEmbedding,
      memory_blocks: [
        { label: "persona", value: "I am a test agent." },
        { label: "human", value: "The user runs end-to-end tests." },
      ],
    });
    await use(agent);
    await letta.agents.delete(agent.id).catch(() => undefined);
  },
});

export { expect };
