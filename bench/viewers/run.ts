/**
 * Letta requests a minute against the number of idle tabs on one agent page (1, 10, 50), on one and on two
 * ADE servers, beside the per-tab polling the agent watch replaced; the requests of opening the page; and
 * the delay from a streamed chunk reaching the sender's tab to it reaching a watcher's tab.
 *
 * Usage: npm run build && LETTA_BASE_URL=http://127.0.0.1:8283 npm run bench:viewers
 * (without LETTA_BASE_URL the bench brings up its own stack). BENCH_IDLE_S (default 60) sets the idle window.
 */
import Letta from "@letta-ai/letta-client";
import { deleteBenchAgent } from "../shared/cleanup";
import { chromium, type Browser, type Page } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startAde, waitFor } from "../shared/ade";
import { benchLetta } from "../shared/stack";
import { quantile } from "../shared/stats";
import { startCountingProxy, type Counts } from "./counting-proxy";
import { replayOldPolling } from "./old-polling";
import { simulatedTab } from "./simulated-tab";

const IDLE_MS = Number(process.env.BENCH_IDLE_S ?? 60) * 1000;
const SETTLE_MS = 8_000;
const BASE_PORT = Number(process.env.BENCH_PORT ?? 25_300);
const TAB_COUNTS = [1, 10, 50];
const BLOCKS = 12;
const CHUNKS = 40;
/** BENCH_ONLY=relay measures only the chunk delays; BENCH_ONLY=open only the opening of the page. */
const ONLY_RELAY = process.env.BENCH_ONLY === "relay";
const ONLY_OPEN = process.env.BENCH_ONLY === "open";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function top(counts: Counts, n = 6): string {
  return [...counts.byRoute.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([route, count]) => `${count}× ${route}`)
    .join(", ");
}

async function seed(letta: Letta): Promise<string> {
  const agent = await letta.agents.create({
    name: `bench-viewers-${Date.now()}`,
    model: process.env.BENCH_MODEL ?? "openai-proxy/scripted-model",
    embedding: process.env.BENCH_EMBEDDING ?? "openai/text-embedding-3-small",
    memory_blocks: Array.from({ length: BLOCKS }, (_, index) => ({
      label: `block-${index + 1}`,
      value: `Block ${index + 1} of the bench agent.`,
    })),
  });
  for (const text of ["hello", "how are you", "tell me more"])
    await letta.agents.messages.create(agent.id, { messages: [{ role: "user", content: text }] }, { maxRetries: 0 });
  return agent.id;
}

async function openPage(browser: Browser, baseUrl: string, agentId: string): Promise<Page> {
  const page = await browser.newPage({ baseURL: baseUrl, viewport: { width: 1400, height: 900 } });
  await page.goto(`/agents/${agentId}`);
  await page.getByRole("log", { name: "Conversation" }).getByText("You said: tell me more").waitFor();
  await page.getByRole("article", { name: `Memory block block-${BLOCKS}` }).waitFor();
  return page;
}

/** Records, in the page, when each "Slow part k of n." first shows in the conversation (ms since the epoch). */
async function recordChunks(page: Page, chunks: number) {
  await page.evaluate((chunks) => {
    const seen: Record<string, number> = {};
    (window as unknown as { __chunks: Record<string, number> }).__chunks = seen;
    const log = document.querySelector('[role="log"][aria-label="Conversation"]');
    if (!log) throw new Error("no conversation log");
    new MutationObserver(() => {
      const now = Date.now();
      const pattern = new RegExp(`Slow part (\\d+) of ${chunks}\\.`, "g");
      for (const match of (log.textContent ?? "").matchAll(pattern)) seen[match[1] ?? ""] ??= now;
    }).observe(log, { subtree: true, childList: true, characterData: true });
  }, chunks);
}

const chunksOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __chunks: Record<string, number> }).__chunks);

/** Each relay run streams a different number of chunks, so its text cannot be taken for an earlier run's. */
async function relayDelays(sender: Page, watcher: Page, label: string, chunks: number) {
  await Promise.all([recordChunks(sender, chunks), recordChunks(watcher, chunks)]);
  await sender.getByRole("textbox", { name: "Message" }).fill(`#slow ${chunks} ${label}`);
  await sender.getByRole("button", { name: "Send", exact: true }).click();
  const last = `Slow part ${chunks} of ${chunks}.`;
  await watcher.getByRole("log", { name: "Conversation" }).getByText(last).waitFor({ timeout: 120_000 });
  await sender.getByRole("log", { name: "Conversation" }).getByText(last).waitFor({ timeout: 120_000 });
  const [sent, watched] = await Promise.all([chunksOf(sender), chunksOf(watcher)]);
  const delays = Object.entries(sent).flatMap(([k, at]) => (watched[k] === undefined ? [] : [watched[k] - at]));
  return { p50: quantile(delays, 0.5), p95: quantile(delays, 0.95), n: delays.length };
}

async function main() {
  const { lettaBaseUrl, release } = await benchLetta();
  const letta = new Letta({ baseURL: lettaBaseUrl, apiKey: process.env.LETTA_API_KEY ?? null, maxRetries: 0 });
  const proxy = await startCountingProxy(lettaBaseUrl, BASE_PORT);
  const dataDirs = [0, 1].map(() => mkdtempSync(path.join(tmpdir(), "bench-viewers-")));
  // Two servers on one database when ADE_DATABASE_URL is set (the store's bus carries the watch between them).
  const shared: Record<string, string> = process.env.ADE_DATABASE_URL
    ? { ADE_DATABASE_URL: process.env.ADE_DATABASE_URL }
    : {};
  const ports = [BASE_PORT + 1, BASE_PORT + 2];
  const ades: ChildProcess[] = ports.map((port, index) =>
    startAde(proxy.url, port, { ADE_DATA_DIR: dataDirs[index] ?? "", ...shared }),
  );
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  const agentId = await seed(letta);
  const rows: string[] = [];
  try {
    for (const url of urls) await waitFor(`${url}/login`, 90_000);
    console.log(`agent ${agentId} with ${BLOCKS} blocks; ADEs ${urls.join(", ")} through a counting proxy`);

    if (!ONLY_RELAY) await measureRequests();
    async function measureRequests() {
      // Warm both servers (first compile of each route) on another agent-less page, then measure the opening.
      await Promise.all(urls.map((url) => fetch(`${url}/agents`).then((answer) => answer.text())));
      const warm = await openPage(browser, urls[0] ?? "", agentId);
      await warm.close();
      await sleep(20_000); // the warm page's watch lingers 15 s
      proxy.reset();
      const page = await openPage(browser, urls[0] ?? "", agentId);
      await sleep(3_000);
      const opening = proxy.reset();
      console.log(`opening the agent page: ${opening.total} Letta requests (${top(opening, 10)})`);
      for (const line of opening.requests) console.log(`  ${line}`);
      rows.push(`| Opening the agent page (${BLOCKS} blocks) | ${opening.total} | | |`);
      if (ONLY_OPEN) return;

      for (const servers of [1, 2]) {
        for (const tabs of TAB_COUNTS) {
          const sims = Array.from({ length: tabs - 1 }, (_, index) =>
            simulatedTab(urls[(index + 1) % servers] ?? "", agentId),
          );
          await sleep(SETTLE_MS);
          proxy.reset();
          await sleep(IDLE_MS);
          const idle = proxy.reset();
          const perMinute = Math.round((idle.total * 60_000) / IDLE_MS);
          console.log(`${servers} server(s), ${tabs} tab(s): ${perMinute} Letta requests a minute (${top(idle)})`);
          rows.push(`| Idle, ${servers} server(s), ${tabs} tab(s) | ${perMinute} | | |`);
          for (const sim of sims) sim.close();
        }
      }

      // The replay alone: no page open, the watch stopped (it lingers 15 s after its last viewer).
      await page.close();
      await sleep(20_000);
      proxy.reset();
      await replayOldPolling(proxy.url, agentId, IDLE_MS);
      const replayed = proxy.reset();
      const before = Math.round((replayed.total * 60_000) / IDLE_MS);
      console.log(`per-tab polling (the page before the watch), 1 tab: ${before} Letta requests a minute`);
      for (const tabs of TAB_COUNTS) rows.push(`| Per-tab polling replayed, ${tabs} tab(s) | ${before * tabs} | | |`);
    }

    if (!ONLY_OPEN) await measureDelays();
    async function measureDelays() {
      const sender = await openPage(browser, urls[0] ?? "", agentId);
      const sameServer = await openPage(browser, urls[0] ?? "", agentId);
      const same = await relayDelays(sender, sameServer, "same server", CHUNKS);
      console.log(
        `chunk delay, watcher on the sender's server: p50 ${same.p50} ms, p95 ${same.p95} ms (${same.n} chunks)`,
      );
      const otherServer = await openPage(browser, urls[1] ?? "", agentId);
      const other = await relayDelays(sender, otherServer, "other server", CHUNKS + 1);
      console.log(
        `chunk delay, watcher on the other server: p50 ${other.p50} ms, p95 ${other.p95} ms (${other.n} chunks)`,
      );
    }
  } finally {
    await browser.close();
    for (const ade of ades) ade.kill("SIGTERM");
    await proxy.close();
    await deleteBenchAgent(letta, agentId);
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
    await release();
  }
  console.log(rows.join("\n"));
}

await main();
