import { test as base, expect } from "@playwright/test";
import Letta from "@letta-ai/letta-client";
import type { AgentState } from "@letta-ai/letta-client/resources/agents/agents";
import { randomUUID } from "node:crypto";
import { AgentPage } from "./pages/agent-page";
import { ComparePage } from "./pages/compare-page";
import { EvalsPage } from "./pages/evals-page";
import { configuredSecrets, lettaBaseUrl, scriptedEmbedding, scriptedModel } from "./test-stack";

interface Fixtures {
  /** An SDK client on the test stack, for arranging and for checking what the server holds. */
  letta: Letta;
  /** A fresh agent on the scripted model, deleted after the test. */
  agent: AgentState;
  /** The agent workspace's page objects (chat, memory, settings, tools, sleep-time) on this test's page. */
  agentPage: AgentPage;
  /** The compare view and its pair picker on this test's page. */
  comparePage: ComparePage;
  /** The evals pages (datasets, experiments) on this test's page. */
  evalsPage: EvalsPage;
  /**
   * Scans every response this test's browser received (headers and body) for a configured secret: pages,
   * RSC payloads (navigations and the flight data inlined in HTML), route handlers and server action results.
   */
  secretScan: void;
}

/**
 * A secret as it can appear in a response: as is, JSON-escaped (an action result, an RSC row) and escaped
 * twice (the RSC payload Next.js inlines in a page as a JavaScript string).
 */
function secretForms(secret: string): string[] {
  const once = JSON.stringify(secret).slice(1, -1);
  return [...new Set([secret, once, JSON.stringify(once).slice(1, -1)])];
}

export const test = base.extend<Fixtures>({
  secretScan: [
    async ({ context }, use) => {
      const scans: Array<Promise<string | null>> = [];
      // requestfinished fires once a response has fully arrived, so its body is there to read.
      context.on("requestfinished", (request) => {
        scans.push(
          (async () => {
            const response = await request.response();
            if (!response) return null;
            const text = `${JSON.stringify(await response.allHeaders())}\n${(await response.body().catch(() => Buffer.alloc(0))).toString("utf8")}`;
            const found = configuredSecrets.filter((secret) => secretForms(secret).some((form) => text.includes(form)));
            return found.length > 0 ? `${request.method()} ${request.url()}` : null;
          })().catch(() => null),
        );
      });
      await use();
      const leaks = (await Promise.all(scans)).filter((leak) => leak !== null);
      expect(leaks, "responses that carried a configured secret").toEqual([]);
    },
    { auto: true },
  ],
  agentPage: async ({ page }, use) => {
    await use(new AgentPage(page));
  },
  comparePage: async ({ page }, use) => {
    await use(new ComparePage(page));
  },
  evalsPage: async ({ page }, use) => {
    await use(new EvalsPage(page));
  },
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
