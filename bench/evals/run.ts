/**
 * The ADE's overhead per eval case against the same turn sent straight with the SDK, measured side by side in
 * one run, then experiments of 100 cases at concurrency 1, 2 and 4 through the ADE's runner. Runs the runner
 * in this process (the code the ADE's server runs) on a throw-away embedded store. See README.md.
 */
import Letta from "@letta-ai/letta-client";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { CaseResult } from "../../lib/evals/types";
import { closeStore } from "../../lib/store";
import { benchLetta } from "../shared/stack";
import { attributed, countRequests, requestTable, resetRequests } from "./requests";
import { quantile } from "../shared/stats";
import {
  benchDataset,
  runExperiment,
  runOneCase,
  sdkCopiesLeft,
  sdkCopy,
  sdkCopyTurnDelete,
  sdkDelete,
  sdkTurn,
} from "./paths";

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: process.env.BENCH_ROUNDS ?? "15" },
    cases: { type: "string", default: process.env.BENCH_CASES ?? "100" },
    concurrency: { type: "string", default: process.env.BENCH_CONCURRENCY ?? "1,2,4" },
    "no-sdk-baseline": { type: "boolean", default: false },
  },
});
const ROUNDS = Number(args.rounds);
const CASES = Number(args.cases);
const LEVELS = args.concurrency.split(",").map(Number);
const SDK_BASELINE = !args["no-sdk-baseline"];

const ms = (value: number) => `${Math.round(value)} ms`.padStart(8);
const ratio = (value: number) => `${value.toFixed(2)}×`;
const median = (values: readonly number[]) => quantile(values, 0.5);

/** The time `work` takes, its requests to Letta counted under `label`. */
async function timed(label: string, work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await attributed(label, work);
  return performance.now() - start;
}

/** Runs `work` on `count` items, `concurrency` at a time; the wall time and each item's time. */
async function pool(count: number, concurrency: number, work: (index: number) => Promise<void>) {
  const times: number[] = [];
  let errors = 0;
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    for (let index = next++; index < count; index = next++) {
      const begun = performance.now();
      await work(index).catch(() => (errors += 1));
      times.push(performance.now() - begun);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { wallMs: performance.now() - start, times, errors };
}

const caseMs = (result: CaseResult) =>
  result.startedAt && result.finishedAt ? Date.parse(result.finishedAt) - Date.parse(result.startedAt) : Number.NaN;

async function perCase(letta: Letta, agentId: string) {
  const dataset = benchDataset(1);
  const text = dataset.cases[0]?.input[0] ?? "";
  // The plain turn runs on a copy made beforehand, so the agent's history does not grow round after round.
  const paths: Record<string, () => Promise<void>> = {
    "SDK: the turn alone": async () => {
      const copy = await sdkCopy(letta, agentId);
      try {
        samples["SDK: the turn alone"]?.push(await timed("SDK: the turn alone", () => sdkTurn(letta, copy, text)));
      } finally {
        await sdkDelete(letta, copy);
      }
    },
    "SDK: copy, turn, delete": async () => {
      samples["SDK: copy, turn, delete"]?.push(
        await timed("SDK: copy, turn, delete", () => sdkCopyTurnDelete(letta, agentId, text)),
      );
    },
    "ADE: one case (runCase)": async () => {
      let result: CaseResult | undefined;
      const time = await timed("ADE: one case (runCase)", async () => (result = await runOneCase(dataset, agentId)));
      if (result?.status !== "passed") throw new Error(`runCase: ${result?.status}: ${result?.error}`);
      samples["ADE: one case (runCase)"]?.push(time);
    },
    "ADE: experiment of one case": async () => {
      let results: CaseResult[] = [];
      const time = await timed(
        "ADE: experiment of one case",
        async () => (results = await runExperiment(dataset, agentId, 1)),
      );
      if (results[0]?.status !== "passed") throw new Error(`runner: ${results[0]?.status}: ${results[0]?.error}`);
      samples["ADE: experiment of one case"]?.push(time);
    },
  };
  const names = Object.keys(paths);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (const name of names) await paths[name]?.(); // warm-up
  for (const list of Object.values(samples)) list.length = 0;
  resetRequests();
  for (let round = 0; round < ROUNDS; round++) {
    // Each round starts with another path, so none always runs on a warmer server.
    const order = names.map((_, index) => names[(index + round) % names.length] ?? "");
    for (const name of order) await paths[name]?.();
  }
  const at = (name: string) => samples[name] ?? [];
  const perRound = (a: string, b: string) => at(a).map((value, index) => value / (at(b)[index] ?? Number.NaN));
  console.log(`\nPer case, ${ROUNDS} rounds after a warm-up, each round in a rotated order (median, p90):`);
  for (const name of names) console.log(`  ${name.padEnd(30)} ${ms(median(at(name)))} ${ms(quantile(at(name), 0.9))}`);
  const pairs: [string, string, string][] = [
    ["ADE: experiment of one case", "SDK: copy, turn, delete", "the ADE's experiment / SDK copy+turn+delete"],
    ["ADE: one case (runCase)", "SDK: copy, turn, delete", "the runner's one case / SDK copy+turn+delete"],
    ["ADE: experiment of one case", "SDK: the turn alone", "the ADE's experiment / the SDK turn alone"],
    ["SDK: copy, turn, delete", "SDK: the turn alone", "SDK copy+turn+delete / the SDK turn alone"],
  ];
  console.log("Ratios (median of the per-round ratios):");
  for (const [a, b, label] of pairs) console.log(`  ${label.padEnd(48)} ${ratio(median(perRound(a, b)))}`);
  const added = at("ADE: experiment of one case").map(
    (value, index) => value - (at("SDK: copy, turn, delete")[index] ?? Number.NaN),
  );
  console.log(`  time the ADE adds per case (median)               ${ms(median(added)).trim()}`);
  console.log("Requests to Letta per case (the time until each answer's headers, summed):");
  for (const name of names) for (const line of requestTable(name, ROUNDS)) console.log(line);
}

async function atConcurrency(letta: Letta, agentId: string) {
  const dataset = benchDataset(CASES);
  const rows: string[] = [];
  let baseline: { ade: number; sdk: number } | undefined;
  console.log(
    `\nExperiments of ${CASES} cases through the ADE's runner${SDK_BASELINE ? ", each followed or preceded by the same turns with the SDK (copy, turn, delete)" : ""}:`,
  );
  for (const [index, concurrency] of LEVELS.entries()) {
    const ade = async () => {
      const start = performance.now();
      const results = await runExperiment(dataset, agentId, concurrency);
      return { wallMs: performance.now() - start, results };
    };
    const sdk = () =>
      pool(CASES, concurrency, (caseIndex) =>
        sdkCopyTurnDelete(letta, agentId, dataset.cases[caseIndex]?.input[0] ?? ""),
      );
    let adeRun: Awaited<ReturnType<typeof ade>>;
    let sdkRun: Awaited<ReturnType<typeof sdk>> | null = null;
    if (SDK_BASELINE && index % 2 === 1) {
      sdkRun = await sdk();
      adeRun = await ade();
    } else {
      adeRun = await ade();
      if (SDK_BASELINE) sdkRun = await sdk();
    }
    const times = adeRun.results.map(caseMs);
    const turns = adeRun.results.flatMap((result) => (result.latencyMs === null ? [] : [result.latencyMs]));
    const errors = adeRun.results.filter((result) => result.status !== "passed").length;
    baseline ??= { ade: adeRun.wallMs, sdk: sdkRun?.wallMs ?? Number.NaN };
    const perMinute = (CASES / adeRun.wallMs) * 60_000;
    rows.push(
      [
        String(concurrency).padStart(11),
        `${(adeRun.wallMs / 1000).toFixed(1)} s`.padStart(8),
        perMinute.toFixed(1).padStart(9),
        ms(quantile(times, 0.5)),
        ms(quantile(times, 0.95)),
        ms(quantile(turns, 0.5)),
        ratio(baseline.ade / adeRun.wallMs).padStart(8),
        String(errors).padStart(6),
        sdkRun ? `${(sdkRun.wallMs / 1000).toFixed(1)} s`.padStart(8) : "       -",
        sdkRun ? ratio(baseline.sdk / sdkRun.wallMs).padStart(8) : "       -",
        sdkRun ? String(sdkRun.errors).padStart(6) : "     -",
        sdkRun ? ratio(adeRun.wallMs / sdkRun.wallMs).padStart(9) : "        -",
      ].join(" "),
    );
    console.log(`  concurrency ${concurrency}: done`);
  }
  console.log(
    "\nconcurrency     wall  cases/min  case p50  case p95  turn p50  speed-up errors | SDK wall speed-up errors ADE / SDK",
  );
  for (const row of rows) console.log(row);
}

async function main() {
  countRequests();
  const { lettaBaseUrl, release } = await benchLetta();
  // The runner reads its Letta from the environment, and keeps its state in a throw-away embedded store.
  process.env.LETTA_BASE_URL = lettaBaseUrl;
  delete process.env.ADE_DATABASE_URL;
  const dataDir = mkdtempSync(path.join(tmpdir(), "ade-bench-evals-"));
  process.env.ADE_DATA_DIR = dataDir;
  const letta = new Letta({ baseURL: lettaBaseUrl, apiKey: process.env.LETTA_API_KEY || null, maxRetries: 0 });
  console.log(`Letta ${(await letta.health()).version} at ${lettaBaseUrl}; the ADE's store in ${dataDir}`);
  const agent = await letta.agents.create({
    name: `bench-evals-${Date.now().toString(36)}`,
    model: "openai-proxy/scripted-model",
    embedding: "openai/text-embedding-3-small",
    memory_blocks: [
      { label: "persona", value: "I am the evals bench's agent." },
      { label: "human", value: "The user benchmarks evals." },
    ],
  });
  const adeCopies = async () =>
    (await letta.agents.list({ tags: ["ade-eval-copy"], limit: 1000 })).getPaginatedItems().length;
  const copiesBefore = await adeCopies();
  try {
    if (ROUNDS > 0) await perCase(letta, agent.id);
    if (CASES > 0) await atConcurrency(letta, agent.id);
    console.log(
      `\ncopies left on the server: ${(await adeCopies()) - copiesBefore} (ADE), ${sdkCopiesLeft.size} (SDK)`,
    );
  } finally {
    for (const copy of sdkCopiesLeft) await sdkDelete(letta, copy).catch(() => undefined);
    await letta.agents.delete(agent.id);
    await closeStore();
    rmSync(dataDir, { recursive: true, force: true });
    await release();
  }
}

await main();
