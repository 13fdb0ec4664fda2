/**
 * Opens each page of the ADE in Chromium and measures, side by side with `/agents` in one run, the JavaScript
 * it receives on first load (compressed bytes on the wire and decoded bytes, from the DevTools protocol) and
 * the number of DOM elements once the page is idle. See README.md.
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
import { quantile } from "../shared/stats";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: process.env.BENCH_RUNS ?? "3" },
    "ade-port": { type: "string", default: process.env.BENCH_ADE_PORT ?? "13096" },
    "ade-url": { type: "string", default: process.env.BENCH_ADE_URL ?? "" },
    scripts: { type: "boolean", default: false },
  },
});

const RUNS = Number(args.runs);
const ADE_PORT = Number(args["ade-port"]);

export interface PageWeight {
  /** Script bytes as received over the network (compressed, with headers). */
  wireBytes: number;
  /** Script bytes after decompression. */
  decodedBytes: number;
  scripts: number;
  domElements: number;
  /** Each script's path with its bytes on the wire and decoded, in the order they were requested. */
  files: { url: string; wireBytes: number; decodedBytes: number }[];
}

/** Loads `url` in a fresh context (empty cache), waits for the network to go quiet, and sums its scripts. */
async function measure(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    // Links in view prefetch their pages (and the code those pages need) once the browser is idle, so whether that
    // lands before the network goes quiet depends on the machine's load: the page's own weight leaves it out.
    await context.route("**/*", (route) =>
      route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue(),
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const scripts = new Map<string, string>();
    const decoded = new Map<string, number>();
    const wire = new Map<string, number>();
    cdp.on("Network.responseReceived", (event) => {
      if (event.type === "Script") scripts.set(event.requestId, new URL(event.response.url).pathname);
    });
    cdp.on("Network.dataReceived", (event) => {
      decoded.set(event.requestId, (decoded.get(event.requestId) ?? 0) + event.dataLength);
    });
    cdp.on("Network.loadingFinished", (event) => {
      wire.set(event.requestId, event.encodedDataLength);
    });
    await page.goto(url, { waitUntil: "networkidle", timeout: 120_000 });
    const domElements = await page.evaluate(() => document.getElementsByTagName("*").length);
    const files = [...scripts].map(([id, url]) => ({
      url,
      wireBytes: wire.get(id) ?? 0,
      decodedBytes: decoded.get(id) ?? 0,
    }));
    const wireBytes = files.reduce((sum, file) => sum + file.wireBytes, 0);
    const decodedBytes = files.reduce((sum, file) => sum + file.decodedBytes, 0);
    return { wireBytes, decodedBytes, scripts: scripts.size, domElements, files };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Issue 26's goals for first-load JavaScript, compressed on the wire: the agent page with a short history… */
const GOAL_HISTORY_WIRE_BYTES = 230 * 1024;
/** …and every other page. */
const GOAL_WIRE_BYTES = 200 * 1024;

/** `--scripts`: a page's script files, largest first, marking those `/agents` loads too. */
function printScripts(name: string, agentPage: PageWeight | undefined, agentsPage: PageWeight | undefined) {
  if (!agentPage) return;
  const shared = new Set(agentsPage?.files.map((file) => file.url));
  console.log(`\n${name}'s scripts (one run), largest first; * = /agents loads it too`);
  for (const file of [...agentPage.files].sort((a, b) => b.wireBytes - a.wireBytes))
    console.log(
      `${shared.has(file.url) ? "*" : " "} ${kb(file.wireBytes).padStart(7)} wire ${kb(file.decodedBytes).padStart(8)} decoded  ${file.url}`,
    );
}

/** Messages that give the history agent a markdown reply, a tool call with its result, and reasoning. */
const HISTORY = [
  "#say The **plan**, in short:\n\n- read the `notes`\n- write [a summary](https://example.com)\n\n| step | state |\n| --- | --- |\n| 1 | done |",
  "#reason #remember the user likes green tea",
];

async function main() {
  const { lettaBaseUrl, release } = await benchLetta();
  const letta = new Letta({ baseURL: lettaBaseUrl, apiKey: process.env.LETTA_API_KEY || null, maxRetries: 0 });
  console.log(`Letta ${(await letta.health()).version} at ${lettaBaseUrl}`);
  const dataDir = mkdtempSync(path.join(tmpdir(), "ade-bench-weight-"));
  let ade: ChildProcess | undefined;
  const agentIds: string[] = [];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    // The history is written by the scripted model (its keywords give the markdown reply and the tool call).
    const model = process.env.BENCH_MODEL ?? "openai-proxy/scripted-model";
    const createAgent = async (name: string) => {
      const agent = await letta.agents.create({
        name: `bench-weight-${name}-${Date.now().toString(36)}`,
        model,
        embedding: process.env.BENCH_EMBEDDING ?? "openai/text-embedding-3-small",
        memory_blocks: [
          { label: "persona", value: "I am the page-weight bench's agent." },
          { label: "human", value: "Nothing is known about the user yet." },
        ],
      });
      agentIds.push(agent.id);
      return agent;
    };
    const agent = await createAgent("empty");
    const historyAgent = await createAgent("history");
    for (const content of HISTORY)
      await letta.agents.messages.create(historyAgent.id, { messages: [{ role: "user", content }] });

    let adeBase = args["ade-url"];
    if (!adeBase) {
      ade = startAde(lettaBaseUrl, ADE_PORT, { ADE_DATA_DIR: dataDir });
      adeBase = `http://127.0.0.1:${ADE_PORT}`;
    }
    await waitFor(`${adeBase}/api/server-status`, 60_000);

    const agentPage = `/agents/${agent.id}`;
    const historyPage = `/agents/${historyAgent.id}`;
    const pages = [
      "/agents",
      agentPage,
      historyPage,
      "/agents/new",
      "/tools",
      "/blocks",
      "/groups",
      "/mcp",
      "/models",
      "/connections",
    ];
    const pageName = (page: string) =>
      page === agentPage ? "/agents/[id] (empty)" : page === historyPage ? "/agents/[id] (history)" : page;
    for (const page of pages) await measure(browser, `${adeBase}${page}`); // warm-up: the server renders each once

    const samples = new Map<string, PageWeight[]>(pages.map((page) => [page, []]));
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 === 0 ? pages : [...pages].reverse();
      for (const page of order) samples.get(page)?.push(await measure(browser, `${adeBase}${page}`));
    }

    const median = (values: PageWeight[], pick: (weight: PageWeight) => number) => quantile(values.map(pick), 0.5);
    const base = samples.get("/agents") ?? [];
    const baseWire = median(base, (w) => w.wireBytes);
    const baseDecoded = median(base, (w) => w.decodedBytes);
    const baseDom = median(base, (w) => w.domElements);
    console.log(`\nChromium, empty cache, 1440×900, median of ${RUNS} runs; ratios against /agents`);
    const header = ["page", "JS wire", "× /agents", "JS decoded", "× /agents", "scripts", "DOM elements", "× /agents"];
    const rows = pages.map((page) => {
      const values = samples.get(page) ?? [];
      const wireBytes = median(values, (w) => w.wireBytes);
      const decodedBytes = median(values, (w) => w.decodedBytes);
      const dom = median(values, (w) => w.domElements);
      return [
        pageName(page),
        kb(wireBytes),
        `${(wireBytes / baseWire).toFixed(2)}×`,
        kb(decodedBytes),
        `${(decodedBytes / baseDecoded).toFixed(2)}×`,
        String(median(values, (w) => w.scripts)),
        String(dom),
        `${(dom / baseDom).toFixed(2)}×`,
      ];
    });
    const widths = header.map((title, column) =>
      Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
    );
    const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ");
    console.log(line(header));
    for (const row of rows) console.log(line(row));

    console.log("\nGoals (issue 26), JavaScript on the wire:");
    for (const page of pages) {
      const wire = median(samples.get(page) ?? [], (w) => w.wireBytes);
      const goal = page === historyPage ? GOAL_HISTORY_WIRE_BYTES : GOAL_WIRE_BYTES;
      const verdict = wire <= goal ? "met" : `not met (${kb(wire - goal)} over)`;
      console.log(`${pageName(page)} at most ${kb(goal)}: ${kb(wire)}, ${verdict}`);
    }
    if (args.scripts) {
      const agents = samples.get("/agents")?.[0];
      printScripts(pageName(agentPage), samples.get(agentPage)?.[0], agents);
      printScripts(pageName(historyPage), samples.get(historyPage)?.[0], agents);
    }
  } finally {
    await browser.close();
    ade?.kill("SIGTERM");
    for (const id of agentIds) await deleteBenchAgent(letta, id);
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
