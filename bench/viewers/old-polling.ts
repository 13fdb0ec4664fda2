import Letta from "@letta-ai/letta-client";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The Letta requests one idle agent page caused before the watch, replayed as the ADE's routes made them
 * (main at 8f62ca3): the blocks every 5 s, each with a "which agents use this block" lookup; the newer
 * messages every 2 s; the server status (health and one authenticated call) every 15 s. Returns how many
 * requests it made in `durationMs`, counted at the proxy by the caller.
 */
export async function replayOldPolling(proxyUrl: string, agentId: string, durationMs: number): Promise<void> {
  const letta = new Letta({ baseURL: proxyUrl, apiKey: null, maxRetries: 0 });
  const end = Date.now() + durationMs;
  const every = async (ms: number, poll: () => Promise<unknown>) => {
    while (Date.now() < end) {
      const next = Date.now() + ms;
      await poll().catch(() => undefined);
      await sleep(Math.max(0, Math.min(next, end) - Date.now()));
    }
  };
  let newest: string | undefined;
  await Promise.all([
    every(5_000, async () => {
      const blocks = (await letta.agents.blocks.list(agentId, { limit: 100 })).getPaginatedItems();
      await Promise.all(blocks.map((block) => letta.blocks.agents.list(block.id, { limit: 100 })));
    }),
    every(2_000, async () => {
      const page = await letta.agents.messages.list(agentId, {
        order: "asc",
        limit: 100,
        conversation_id: "default",
        ...(newest ? { after: newest } : {}),
      });
      newest = page.getPaginatedItems().at(-1)?.id ?? newest;
    }),
    every(15_000, async () => {
      await letta.health();
      await letta.agents.list({ limit: 1 });
    }),
  ]);
}
