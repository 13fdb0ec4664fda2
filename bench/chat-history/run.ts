/**
 * Opens an agent with 10,000 messages and one with 20 in Chromium, side by side in one run, and measures
 * the time until the newest messages are visible, the DOM nodes in the message list, and frame times
 * while scrolling up through the history; prints the raw figures and the ratios. See README.md.
 */
import Letta from "@letta-ai/letta-client";
import { deleteBenchAgent } from "../shared/cleanup";
import { chromium } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startAde, waitFor } from "../shared/ade";
import { benchLetta } from "../shared/stack";
import { quantile, summary } from "../shared/stats";
import { openAndWaitForLatest, scrollUp, withPage, type OpenSample, type ScrollSample } from "./browser";
import { importAgentWithMessages, replyText } from "./seed";

const { values: args } = parseArgs({
  options: {
    messages: { type: "string", default: process.env.BENCH_MESSAGES ?? "10000" },
    baseline: { type: "string", default: process.env.BENCH_BASELINE ?? "20" },
    runs: { type: "string", default: process.env.BENCH_RUNS ?? "5" },
    "scroll-ms": { type: "string", default: "10000" },
    "scroll-step": { type: "string", default: "80" },
    "ade-port": { type: "string", default: process.env.BENCH_ADE_PORT ?? "13095" },
  },
});

const MESSAGES = Number(args.messages);
const BASELINE = Number(args.baseline);
const RUNS = Number(args.runs);
const SCROLL_MS = Number(args["scroll-ms"]);
const SCROLL_STEP = Number(args["scroll-step"]);
const ADE_PORT = Number(args["ade-port"]);

const ms = (value: number) => `${value.toFixed(1)} ms`;

interface Run {
  open: OpenSample;
  scroll: ScrollSample;
}

function frameStats(frames: number[]) {
  return {
    median: quantile(frames, 0.5),
    p95: quantile(frames, 0.95),
    p99: quantile(frames, 0.99),
    max: Math.max(...frames),
    over50: frames.filter((frame) => frame > 50).length / Math.max(frames.length, 1),
  };
}

function report(label: string, runs: Run[]) {
  const open = summary(runs.map((run) => run.open.latestVisibleMs));
  const frames = frameStats(runs.flatMap((run) => run.scroll.frames));
  console.log(`\n${label}`);
  console.log(
    `  newest messages visible   median ${ms(open.median)}  p90 ${ms(open.p90)}  min ${ms(open.min)}  max ${ms(open.max)}`,
  );
  console.log(
    `  DOM nodes in the list     ${runs.map((run) => run.open.domNodes).join(", ")} (articles ${runs.map((run) => run.open.articles).join(", ")}); after scrolling ${runs.map((run) => run.scroll.domNodesAfter).join(", ")}`,
  );
  console.log(
    `  frames while scrolling    ${frames.median.toFixed(1)} ms median, p95 ${frames.p95.toFixed(1)}, p99 ${frames.p99.toFixed(1)}, max ${frames.max.toFixed(1)}; ${(frames.over50 * 100).toFixed(1)}% over 50 ms`,
  );
  const requestMs = runs.flatMap((run) => run.scroll.historyRequestMs);
  console.log(
    `  older pages loaded        ${runs.map((run) => run.scroll.historyRequests).join(", ")} (50 messages each)` +
      (requestMs.length ? `, ${ms(quantile(requestMs, 0.5))} median per page` : ""),
  );
  console.log(`  first message reached     ${runs.map((run) => JSON.stringify(run.scroll.reached)).join(", ")}`);
}

async function main() {
  const { lettaBaseUrl, release } = await benchLetta();
  const letta = new Letta({
    baseURL: lettaBaseUrl,
    apiKey: process.env.LETTA_API_KEY || null,
    maxRetries: 0,
    timeout: 120_000,
  });
  console.log(`Letta ${(await letta.health()).version} at ${lettaBaseUrl}`);
  const tag = `bench-history-${Date.now().toString(36)}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "ade-bench-history-"));
  const agents: string[] = [];
  let ade: ChildProcess | undefined;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    const seedStart = performance.now();
    const big = await importAgentWithMessages(letta, `${tag}-${MESSAGES}`, MESSAGES);
    agents.push(big.agentId);
    console.log(
      `imported an agent file with ${MESSAGES} messages (${(big.bytes / 1e6).toFixed(1)} MB) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );
    const small = await importAgentWithMessages(letta, `${tag}-${BASELINE}`, BASELINE);
    agents.push(small.agentId);

    ade = startAde(lettaBaseUrl, ADE_PORT, { ADE_DATA_DIR: dataDir });
    const adeBase = `http://127.0.0.1:${ADE_PORT}`;
    await waitFor(`${adeBase}/api/server-status`, 60_000);

    const subjects = [
      { label: `${MESSAGES} messages`, agentId: big.agentId, latest: replyText(MESSAGES / 2) },
      { label: `${BASELINE} messages`, agentId: small.agentId, latest: replyText(BASELINE / 2) },
    ];
    const measure = (subject: (typeof subjects)[number]) =>
      withPage(browser, async (page) => {
        const open = await openAndWaitForLatest(page, `${adeBase}/agents/${subject.agentId}`, subject.latest);
        const scroll = await scrollUp(page, SCROLL_MS, SCROLL_STEP);
        return { open, scroll };
      });
    for (const subject of subjects) await measure(subject); // warm-up: compiles the page's code paths once

    const results = new Map<string, Run[]>(subjects.map((subject) => [subject.label, []]));
    const ratios = { open: [] as number[], dom: [] as number[], p95: [] as number[], median: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      // Alternate the order so neither agent always runs on a warmer server.
      const order = run % 2 === 0 ? subjects : [...subjects].reverse();
      const sample = new Map<string, Run>();
      for (const subject of order) sample.set(subject.label, await measure(subject));
      const [a, b] = subjects.map((subject) => sample.get(subject.label));
      if (!a || !b) continue;
      for (const [label, value] of sample) results.get(label)?.push(value);
      ratios.open.push(a.open.latestVisibleMs / b.open.latestVisibleMs);
      ratios.dom.push(a.open.domNodes / b.open.domNodes);
      ratios.p95.push(quantile(a.scroll.frames, 0.95) / quantile(b.scroll.frames, 0.95));
      ratios.median.push(quantile(a.scroll.frames, 0.5) / quantile(b.scroll.frames, 0.5));
    }

    console.log(
      `\nChromium, ${RUNS} alternating runs; scrolling up ${SCROLL_STEP} px a frame for ${SCROLL_MS / 1000} s`,
    );
    for (const [label, runs] of results) report(label, runs);
    const [bigLabel, smallLabel] = subjects.map((subject) => subject.label);
    console.log(`\nratios, ${bigLabel} / ${smallLabel}, measured side by side (median over runs):`);
    console.log(`  time until the newest messages are visible  ${quantile(ratios.open, 0.5).toFixed(2)}×`);
    console.log(`  DOM nodes in the message list               ${quantile(ratios.dom, 0.5).toFixed(2)}×`);
    console.log(`  median frame time while scrolling           ${quantile(ratios.median, 0.5).toFixed(2)}×`);
    console.log(`  p95 frame time while scrolling              ${quantile(ratios.p95, 0.5).toFixed(2)}×`);
  } finally {
    await browser.close();
    ade?.kill("SIGTERM");
    for (const agentId of agents) await deleteBenchAgent(letta, agentId);
    rmSync(dataDir, { recursive: true, force: true });
    console.log(`deleted the ${agents.length} imported agents`);
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
