/**
 * Opens the inspector of a run with 10 steps whose requests are about 25,000 tokens each, and the chat of
 * the same agent, in Chromium, alternately in one run; measures the time from navigation start until the
 * first step's request is readable (its messages on screen) and until the chat shows the turn's reply.
 * See README.md.
 */
import Letta from "@letta-ai/letta-client";
import { deleteBenchAgent } from "../shared/cleanup";
import { chromium, type Browser } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startAde, waitFor } from "../shared/ade";
import { benchLetta } from "../shared/stack";
import { quantile, summary } from "../shared/stats";

const { values: args } = parseArgs({
  options: {
    steps: { type: "string", default: process.env.BENCH_STEPS ?? "10" },
    tokens: { type: "string", default: process.env.BENCH_TOKENS ?? "25000" },
    runs: { type: "string", default: process.env.BENCH_RUNS ?? "5" },
    "ade-port": { type: "string", default: process.env.BENCH_ADE_PORT ?? "13096" },
  },
});
const STEPS = Number(args.steps);
const TOKENS = Number(args.tokens);
const RUNS = Number(args.runs);
const ADE_PORT = Number(args["ade-port"]);
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Filler of about `tokens` tokens (the scripted model counts four characters a token). */
function notes(tokens: number): string {
  const line = "Note: the customer prefers oolong tea, ships to Lisbon, and asked about the spring catalogue.\n";
  return line.repeat(Math.ceil((tokens * 4) / line.length));
}

async function timeUntil(browser: Browser, url: string, ready: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  try {
    const start = Date.now();
    await page.goto(url, { waitUntil: "commit" });
    await page.locator(ready).first().waitFor({ state: "visible", timeout: 120_000 });
    return Date.now() - start;
  } finally {
    await context.close();
  }
}

async function main() {
  const { lettaBaseUrl, release } = await benchLetta();
  const letta = new Letta({
    baseURL: lettaBaseUrl,
    apiKey: process.env.LETTA_API_KEY || null,
    maxRetries: 0,
    timeout: 600_000,
  });
  console.log(`Letta ${(await letta.health()).version} at ${lettaBaseUrl}`);
  const dataDir = mkdtempSync(path.join(tmpdir(), "ade-bench-inspector-"));
  let agentId: string | undefined;
  let ade: ChildProcess | undefined;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    const value = notes(TOKENS);
    const agent = await letta.agents.create({
      name: `bench-inspector-${Date.now().toString(36)}`,
      model: "openai-proxy/scripted-model",
      embedding: "openai/text-embedding-3-small",
      context_window_limit: Math.max(100_000, TOKENS * 3),
      memory_blocks: [
        { label: "human", value: "The user benchmarks the inspector." },
        { label: "notes", value, limit: value.length + 1000 },
      ],
    });
    agentId = agent.id;
    const seedStart = performance.now();
    await letta.agents.messages.create(agent.id, { messages: [{ role: "user", content: `#steps ${STEPS} bench` }] });
    const run = (await letta.runs.list({ agent_id: agent.id, limit: 1, order: "desc" })).getPaginatedItems()[0];
    if (!run) throw new Error("the turn made no run");
    const steps = (await letta.runs.steps.list(run.id, { limit: 100, order: "asc" })).getPaginatedItems();
    const trace = await letta.steps.trace.retrieve(steps.at(-1)?.id ?? "");
    const requestChars = JSON.stringify(trace?.request_json ?? {}).length;
    console.log(
      `a turn of ${steps.length} steps in ${((performance.now() - seedStart) / 1000).toFixed(1)} s; prompt tokens per step ` +
        `${steps.map((step) => step.prompt_tokens).join(", ")}; last request ${requestChars.toLocaleString()} characters of JSON`,
    );

    ade = startAde(lettaBaseUrl, ADE_PORT, { ADE_DATA_DIR: dataDir });
    const base = `http://127.0.0.1:${ADE_PORT}`;
    await waitFor(`${base}/api/server-status`, 60_000);

    const subjects = [
      {
        label: "inspector: first step's request readable",
        url: `${base}/agents/${agent.id}/runs/${run.id}`,
        ready: '[aria-label="Request of step 1"] [aria-label="Messages in the request"]',
      },
      {
        label: "chat: the turn's reply visible",
        url: `${base}/agents/${agent.id}`,
        ready: '[role="log"][aria-label="Conversation"] article:has-text("Done: conversation_search")',
      },
    ];
    for (const subject of subjects) await timeUntil(browser, subject.url, subject.ready); // warm-up
    const samples = new Map<string, number[]>(subjects.map((subject) => [subject.label, []]));
    const ratios: number[] = [];
    for (let round = 0; round < RUNS; round++) {
      const order = round % 2 === 0 ? subjects : [...subjects].reverse();
      const times = new Map<string, number>();
      for (const subject of order) times.set(subject.label, await timeUntil(browser, subject.url, subject.ready));
      for (const [label, time] of times) samples.get(label)?.push(time);
      const [inspector, chat] = subjects.map((subject) => times.get(subject.label) ?? Number.NaN);
      if (inspector !== undefined && chat !== undefined) ratios.push(inspector / chat);
    }
    console.log(`\nChromium, ${RUNS} alternating rounds after one warm-up each:`);
    for (const [label, times] of samples) {
      const s = summary(times);
      console.log(`  ${label.padEnd(42)} median ${ms(s.median)}  p90 ${ms(s.p90)}  min ${ms(s.min)}  max ${ms(s.max)}`);
    }
    console.log(
      `\nratio inspector / chat, measured side by side (median over rounds): ${quantile(ratios, 0.5).toFixed(2)}×`,
    );
  } finally {
    await browser.close();
    ade?.kill("SIGTERM");
    if (agentId) await deleteBenchAgent(letta, agentId);
    rmSync(dataDir, { recursive: true, force: true });
    await release();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
