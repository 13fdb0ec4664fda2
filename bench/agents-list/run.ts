/**
 * Seeds agents on a Letta server, then measures the first page of the agent list through the ADE
 * (the /agents page HTML and the /api/agents route of the production build) against one direct SDK
 * `agents.list` call with the same page size, alternating, and prints the ratios. See README.md.
 */
import Letta from "@letta-ai/letta-client";
import type { ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import { startAde, waitFor } from "../shared/ade";
import { benchLetta } from "../shared/stack";
import { summary } from "../shared/stats";

const { values: args } = parseArgs({
  options: {
    agents: { type: "string", default: process.env.BENCH_AGENTS ?? "2000" },
    runs: { type: "string", default: process.env.BENCH_RUNS ?? "30" },
    "page-size": { type: "string", default: "50" },
    concurrency: { type: "string", default: "16" },
    keep: { type: "boolean", default: process.env.BENCH_KEEP === "1" },
    "ade-port": { type: "string", default: process.env.BENCH_ADE_PORT ?? "13090" },
  },
});

const AGENTS = Number(args.agents);
const RUNS = Number(args.runs);
const PAGE_SIZE = Number(args["page-size"]);
const CONCURRENCY = Number(args.concurrency);
const ADE_PORT = Number(args["ade-port"]);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function bounded<T>(count: number, limit: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  return results;
}

async function timed(call: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await call();
  return performance.now() - start;
}

async function fetchFully(url: string): Promise<void> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  await response.arrayBuffer();
}

async function main() {
  const { lettaBaseUrl, release } = await benchLetta();
  const letta = new Letta({
    baseURL: lettaBaseUrl,
    apiKey: process.env.LETTA_API_KEY || null,
    maxRetries: 2,
    timeout: 120_000,
  });
  const tag = `bench-${Date.now().toString(36)}`;
  const health = await letta.health();
  console.log(`Letta ${health.version} at ${lettaBaseUrl}`);

  let ade: ChildProcess | undefined;
  try {
    const seedStart = performance.now();
    let done = 0;
    await bounded(AGENTS, CONCURRENCY, async (i) => {
      await letta.agents.create({
        name: `${tag}-${String(i).padStart(5, "0")}`,
        model: process.env.BENCH_MODEL ?? "openai-proxy/scripted-model",
        memory_blocks: [
          { label: "persona", value: "A benchmark agent." },
          { label: "human", value: "Nobody in particular." },
        ],
        tags: [tag],
      });
      done += 1;
      if (done % 200 === 0) console.log(`  seeded ${done}/${AGENTS} (${seconds(performance.now() - seedStart)})`);
    });
    const seedMs = performance.now() - seedStart;
    const total = await letta.get<number>("/v1/agents/count");
    console.log(
      `seeded ${AGENTS} agents in ${seconds(seedMs)} (${(AGENTS / (seedMs / 1000)).toFixed(1)} agents/s, concurrency ${CONCURRENCY}); server holds ${String(total)}`,
    );

    ade = startAde(lettaBaseUrl, ADE_PORT);
    const adeBase = `http://127.0.0.1:${ADE_PORT}`;
    await waitFor(`${adeBase}/api/server-status`, 60_000);

    type Include = "agent.tags" | "agent.blocks" | "agent.tools";
    const sdkList = (include: Include[]) => () =>
      letta.agents.list({ limit: PAGE_SIZE + 1, order: "desc", order_by: "created_at", include });
    const ADE_PAGE = "ADE /agents page (HTML)";
    const ADE_ROUTE = "ADE /api/agents";
    const ADE_COUNTS = "ADE /api/agents/counts";
    const SDK_TAGS = "SDK list, include tags (= ADE)";
    const SDK_FULL = "SDK list, tags+blocks+tools";
    const probes: Record<string, () => Promise<unknown>> = {
      [ADE_PAGE]: () => fetchFully(`${adeBase}/agents`),
      [ADE_ROUTE]: () => fetchFully(`${adeBase}/api/agents?limit=${PAGE_SIZE}`),
      [ADE_COUNTS]: () => fetchFully(`${adeBase}/api/agents/counts?limit=${PAGE_SIZE}`),
      [SDK_TAGS]: sdkList(["agent.tags"]),
      [SDK_FULL]: sdkList(["agent.tags", "agent.blocks", "agent.tools"]),
      "SDK list, no include": sdkList([]),
      "SDK list, include blocks": sdkList(["agent.blocks"]),
      "SDK list, include tools": sdkList(["agent.tools"]),
    };
    const names = Object.keys(probes);
    for (let i = 0; i < 3; i++) for (const name of names) await probes[name]?.();

    const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
    const ratioDefs: Array<[string, string, string]> = [
      ["ADE /agents page / SDK list (same include)", ADE_PAGE, SDK_TAGS],
      ["ADE /api/agents / SDK list (same include)", ADE_ROUTE, SDK_TAGS],
      ["ADE /api/agents/counts / SDK list with blocks+tools", ADE_COUNTS, SDK_FULL],
      ["SDK list with blocks+tools / with tags only", SDK_FULL, SDK_TAGS],
    ];
    const ratios: number[][] = ratioDefs.map(() => []);
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 === 0 ? names : [...names].reverse();
      const times: Record<string, number> = {};
      for (const name of order) times[name] = await timed(probes[name] ?? (() => Promise.resolve()));
      for (const name of names) samples[name]?.push(times[name] ?? Number.NaN);
      ratioDefs.forEach(([, a, b], index) => ratios[index]?.push((times[a] ?? Number.NaN) / (times[b] ?? Number.NaN)));
    }

    console.log(
      `\nfirst page of ${PAGE_SIZE} agents, ${AGENTS} seeded (server total ${String(total)}), ${RUNS} alternating runs`,
    );
    console.log(
      `${"".padEnd(34)} ${"median".padStart(10)} ${"p90".padStart(10)} ${"min".padStart(10)} ${"max".padStart(10)}`,
    );
    for (const name of names) {
      const s = summary(samples[name] ?? []);
      console.log(
        `${name.padEnd(34)} ${ms(s.median).padStart(10)} ${ms(s.p90).padStart(10)} ${ms(s.min).padStart(10)} ${ms(s.max).padStart(10)}`,
      );
    }
    console.log("");
    ratioDefs.forEach(([label], index) => {
      const s = summary(ratios[index] ?? []);
      console.log(`${label.padEnd(54)} median ${s.median.toFixed(2)}×  p90 ${s.p90.toFixed(2)}×`);
    });
  } finally {
    ade?.kill("SIGTERM");
    if (!args.keep) {
      const cleanStart = performance.now();
      let deleted = 0;
      for (;;) {
        const ids = (await letta.agents.list({ tags: [tag], limit: 200 })).getPaginatedItems().map((agent) => agent.id);
        if (ids.length === 0) break;
        await bounded(ids.length, CONCURRENCY, (i) => letta.agents.delete(ids[i] ?? "").catch(() => undefined));
        deleted += ids.length;
      }
      console.log(`deleted ${deleted} seeded agents in ${seconds(performance.now() - cleanStart)}`);
    } else {
      console.log(`kept the seeded agents (tag ${tag})`);
    }
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
