/**
 * Time to first token and total time of one streamed reply, through the ADE's route and straight from
 * the SDK, alternating in one process against the same agent. Needs a running Letta stack with the
 * scripted model and a running ADE (production build) pointed at it.
 *
 *   LETTA_URL=http://127.0.0.1:18330 ADE_URL=http://127.0.0.1:13040 RUNS=20 npx tsx bench/chat-stream/run.ts
 */
import Letta from "@letta-ai/letta-client";
import { deleteBenchAgent } from "../shared/cleanup";
import { decodeChatEvents } from "../../lib/chat/events";

const lettaUrl = process.env.LETTA_URL ?? "http://127.0.0.1:8283";
const adeUrl = process.env.ADE_URL ?? "http://127.0.0.1:3000";
const runs = Number(process.env.RUNS ?? 20);
const prompt = process.env.PROMPT ?? "#long 20";

interface Sample {
  firstToken: number;
  total: number;
  chunks: number;
}

const letta = new Letta({ baseURL: lettaUrl, apiKey: null, maxRetries: 0 });

async function direct(agentId: string): Promise<Sample> {
  const start = performance.now();
  let firstToken = 0;
  let chunks = 0;
  const stream = await letta.agents.messages.create(agentId, {
    messages: [{ role: "user", content: prompt }],
    streaming: true,
    stream_tokens: true,
  });
  for await (const item of stream) {
    if (item.message_type !== "assistant_message") continue;
    chunks++;
    if (!firstToken) firstToken = performance.now() - start;
  }
  return { firstToken, total: performance.now() - start, chunks };
}

async function throughAde(agentId: string): Promise<Sample> {
  const start = performance.now();
  let firstToken = 0;
  let chunks = 0;
  const response = await fetch(`${adeUrl}/api/agents/${agentId}/messages`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text: prompt }),
  });
  if (!response.ok || !response.body) throw new Error(`ADE answered ${response.status}: ${await response.text()}`);
  for await (const event of decodeChatEvents(response.body)) {
    if (event.type !== "assistant") continue;
    chunks++;
    if (!firstToken) firstToken = performance.now() - start;
  }
  return { firstToken, total: performance.now() - start, chunks };
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const agent = await letta.agents.create({
  name: `bench-chat-stream-${Date.now()}`,
  model: "openai-proxy/scripted-model",
  embedding: "openai/text-embedding-3-small",
  memory_blocks: [{ label: "human", value: "A benchmark." }],
});
try {
  await direct(agent.id);
  await throughAde(agent.id);
  const ratios = { firstToken: [] as number[], total: [] as number[] };
  const samples = { direct: [] as Sample[], ade: [] as Sample[] };
  for (let run = 0; run < runs; run++) {
    // Alternate the order so neither path always runs on a warmer server.
    let sdk: Sample;
    let ade: Sample;
    if (run % 2) {
      sdk = await direct(agent.id);
      ade = await throughAde(agent.id);
    } else {
      ade = await throughAde(agent.id);
      sdk = await direct(agent.id);
    }
    samples.direct.push(sdk);
    samples.ade.push(ade);
    ratios.firstToken.push(ade.firstToken / sdk.firstToken);
    ratios.total.push(ade.total / sdk.total);
  }
  const perChunk = samples.ade.map((ade, index) => {
    const sdk = samples.direct[index];
    return sdk ? (ade.total - sdk.total) / Math.max(1, ade.chunks) : 0;
  });
  const report = {
    runs,
    prompt,
    medianMs: {
      directFirstToken: median(samples.direct.map((sample) => sample.firstToken)),
      adeFirstToken: median(samples.ade.map((sample) => sample.firstToken)),
      directTotal: median(samples.direct.map((sample) => sample.total)),
      adeTotal: median(samples.ade.map((sample) => sample.total)),
    },
    medianRatio: { firstToken: median(ratios.firstToken), total: median(ratios.total) },
    medianAddedMsPerChunk: median(perChunk),
    chunksPerReply: median(samples.ade.map((sample) => sample.chunks)),
  };
  console.log(JSON.stringify(report, null, 2));
} finally {
  await deleteBenchAgent(letta, agent.id);
}
