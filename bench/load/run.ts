/**
 * Many concurrent streaming chats through one ADE process (production build) against a local Letta stack,
 * side by side with the same number of direct SDK streams in the same run: errors (expected zero), the
 * ADE's added latency as ratios, and the ADE process's memory before, during and after. See README.md.
 */
import Letta from "@letta-ai/letta-client";
import { deleteBenchAgent } from "../shared/cleanup";
import type { ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import { startAde, waitFor } from "../shared/ade";
import { decodeChatEvents } from "../../lib/chat/events";
import pg from "pg";
import { benchLetta, configFromEnv } from "../shared/stack";
import { summary } from "../shared/stats";
import { isLoopbackUrl, treeRssBytes } from "./process-memory";

const { values: args } = parseArgs({
  options: {
    chats: { type: "string", default: process.env.BENCH_CHATS ?? "12" },
    rounds: { type: "string", default: process.env.BENCH_ROUNDS ?? "4" },
    prompt: { type: "string", default: process.env.BENCH_PROMPT ?? "#long 12" },
    "max-seconds": { type: "string", default: process.env.BENCH_MAX_SECONDS ?? "600" },
    "ade-port": { type: "string", default: process.env.BENCH_ADE_PORT ?? "13095" },
    servers: { type: "string", default: process.env.BENCH_SERVERS ?? "1" },
  },
});

const CHATS = Math.min(64, Math.max(1, Number(args.chats)));
const ROUNDS = Math.min(50, Math.max(1, Number(args.rounds)));
const PROMPT = args.prompt;
const DEADLINE = Date.now() + Math.min(3600, Number(args["max-seconds"])) * 1000;
const ADE_PORT = Number(args["ade-port"]);
const CHAT_TIMEOUT_MS = 120_000;
/** 2: a second ADE process on the next port shares the first one's store (ADE_DATABASE_URL), chats alternate. */
const SERVERS = args.servers === "2" ? 2 : 1;

interface Sample {
  ok: boolean;
  error?: string;
  firstToken: number;
  total: number;
  chunks: number;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

function remaining(): AbortSignal {
  return AbortSignal.timeout(Math.max(1, Math.min(CHAT_TIMEOUT_MS, DEADLINE - Date.now())));
}

async function direct(letta: Letta, agentId: string): Promise<Sample> {
  const start = performance.now();
  let firstToken = 0;
  let chunks = 0;
  let stopReason: string | undefined;
  try {
    const stream = await letta.agents.messages.create(
      agentId,
      { messages: [{ role: "user", content: PROMPT }], streaming: true, stream_tokens: true },
      { signal: remaining(), maxRetries: 0 },
    );
    for await (const item of stream) {
      if (item.message_type === "stop_reason") stopReason = item.stop_reason;
      if (item.message_type !== "assistant_message") continue;
      chunks++;
      if (!firstToken) firstToken = performance.now() - start;
    }
  } catch (error) {
    return {
      ok: false,
      error: `direct: ${error instanceof Error ? error.message : String(error)}`,
      firstToken,
      total: performance.now() - start,
      chunks,
    };
  }
  const ok = stopReason === "end_turn" && chunks > 0;
  return {
    ok,
    error: ok ? undefined : `direct: stop reason ${stopReason ?? "none"}, ${chunks} chunks`,
    firstToken,
    total: performance.now() - start,
    chunks,
  };
}

async function throughAde(adeBase: string, agentId: string): Promise<Sample> {
  const start = performance.now();
  let firstToken = 0;
  let chunks = 0;
  let stopReason: string | undefined;
  let failure: string | undefined;
  try {
    const response = await fetch(`${adeBase}/api/agents/${agentId}/messages`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: adeBase },
      body: JSON.stringify({ text: PROMPT }),
      signal: remaining(),
    });
    if (!response.ok || !response.body)
      throw new Error(`ADE answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
    for await (const event of decodeChatEvents(response.body)) {
      if (event.type === "stop") stopReason = event.reason;
      if (event.type === "error") failure = event.error.message;
      if (event.type !== "assistant") continue;
      chunks++;
      if (!firstToken) firstToken = performance.now() - start;
    }
  } catch (error) {
    return {
      ok: false,
      error: `ADE: ${error instanceof Error ? error.message : String(error)}`,
      firstToken,
      total: performance.now() - start,
      chunks,
    };
  }
  const ok = !failure && stopReason === "end_turn" && chunks > 0;
  return {
    ok,
    error: ok ? undefined : `ADE: ${failure ?? `stop reason ${stopReason ?? "none"}, ${chunks} chunks`}`,
    firstToken,
    total: performance.now() - start,
    chunks,
  };
}

/**
 * The database two ADE servers share: ADE_DATABASE_URL, or a database `ade_bench` made in the bench stack's
 * Postgres (never Letta's own).
 */
async function sharedStoreUrl(): Promise<string> {
  if (process.env.ADE_DATABASE_URL) return process.env.ADE_DATABASE_URL;
  if (process.env.LETTA_BASE_URL)
    throw new Error("--servers 2 with LETTA_BASE_URL needs ADE_DATABASE_URL: the Postgres both ADE servers share.");
  const { pgPort } = configFromEnv();
  const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${pgPort}/postgres` });
  await admin.connect();
  try {
    const exists = await admin.query("select 1 from pg_database where datname = 'ade_bench'");
    if (exists.rowCount === 0) await admin.query("CREATE DATABASE ade_bench");
  } finally {
    await admin.end();
  }
  return `postgres://postgres@127.0.0.1:${pgPort}/ade_bench`;
}

/** Samples the ADE's resident memory every 250 ms while `work` runs; returns the peak. */
async function peakDuring(pid: number, work: () => Promise<void>): Promise<number> {
  let peak = treeRssBytes(pid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRssBytes(pid))), 250);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, treeRssBytes(pid));
}

async function main() {
  const { lettaBaseUrl } = await benchLetta();
  if (!isLoopbackUrl(lettaBaseUrl))
    throw new Error(`bench:load runs against a local stack only (loopback), not ${lettaBaseUrl}.`);
  const letta = new Letta({
    baseURL: lettaBaseUrl,
    apiKey: process.env.LETTA_API_KEY || null,
    maxRetries: 2,
    timeout: 120_000,
  });
  console.log(
    `Letta ${(await letta.health()).version} at ${lettaBaseUrl}; ${CHATS} concurrent chats × ${ROUNDS} rounds per path, prompt "${PROMPT}"`,
  );

  const tag = `bench-load-${Date.now().toString(36)}`;
  const agents: string[] = [];
  let ade: ChildProcess | undefined;
  let second: ChildProcess | undefined;
  try {
    for (let index = 0; index < CHATS; index++) {
      const agent = await letta.agents.create({
        name: `${tag}-${index}`,
        model: process.env.BENCH_MODEL ?? "openai-proxy/scripted-model",
        memory_blocks: [{ label: "human", value: "A load test." }],
        tags: [tag],
      });
      agents.push(agent.id);
    }
    const storeEnv: Record<string, string> = SERVERS === 2 ? { ADE_DATABASE_URL: await sharedStoreUrl() } : {};
    ade = startAde(lettaBaseUrl, ADE_PORT, storeEnv);
    const adeBase = `http://127.0.0.1:${ADE_PORT}`;
    const secondBase = `http://127.0.0.1:${ADE_PORT + 1}`;
    if (SERVERS === 2) second = startAde(lettaBaseUrl, ADE_PORT + 1, storeEnv);
    await waitFor(`${adeBase}/api/server-status`, 90_000);
    if (SERVERS === 2) await waitFor(`${secondBase}/api/server-status`, 90_000);
    const pid = ade.pid ?? 0;
    /** The ADE a chat goes through: the only one, or (two servers, as behind a load balancer) every other one. */
    const baseFor = (index: number) => (SERVERS === 2 && index % 2 ? secondBase : adeBase);

    // Warm up both paths (compiles routes, opens connections) before the memory baseline.
    await Promise.all(agents.slice(0, 2).map((id, index) => throughAde(baseFor(index), id)));
    await Promise.all(agents.slice(0, 2).map((id) => direct(letta, id)));
    const before = treeRssBytes(pid);

    const ade_: Sample[] = [];
    const sdk: Sample[] = [];
    const ratios = { total: [] as number[], firstToken: [] as number[] };
    const wall = { ade: [] as number[], sdk: [] as number[], one: [] as number[] };
    const oneAde: Sample[] = [];
    const started = performance.now();
    const peak = await peakDuring(pid, async () => {
      for (let round = 0; round < ROUNDS && Date.now() < DEADLINE; round++) {
        // Each path runs its chats concurrently; the two paths alternate which goes first.
        const runAde = async () => {
          const t = performance.now();
          const results = await Promise.all(agents.map((id, index) => throughAde(baseFor(index), id)));
          wall.ade.push(performance.now() - t);
          return results;
        };
        // With two servers, the same chats through the first ADE alone too: the ratio two/one.
        if (SERVERS === 2) {
          const t = performance.now();
          const results = await Promise.all(agents.map((id) => throughAde(adeBase, id)));
          wall.one.push(performance.now() - t);
          oneAde.push(...results);
        }
        const runSdk = async () => {
          const t = performance.now();
          const results = await Promise.all(agents.map((id) => direct(letta, id)));
          wall.sdk.push(performance.now() - t);
          return results;
        };
        const [viaAde, viaSdk] =
          round % 2 ? [await runAde(), await runSdk()] : await runSdk().then(async (s) => [await runAde(), s] as const);
        ade_.push(...viaAde);
        sdk.push(...viaSdk);
        viaAde.forEach((sample, index) => {
          const other = viaSdk[index];
          if (!sample.ok || !other?.ok) return;
          ratios.total.push(sample.total / other.total);
          ratios.firstToken.push(sample.firstToken / other.firstToken);
        });
        console.log(
          `  round ${round + 1}/${ROUNDS}: ADE ${viaAde.filter((s) => s.ok).length}/${CHATS} ok, direct ${viaSdk.filter((s) => s.ok).length}/${CHATS} ok`,
        );
      }
    });
    const elapsed = performance.now() - started;
    const after = treeRssBytes(pid);

    const errors = [...ade_, ...sdk, ...oneAde].filter((sample) => !sample.ok);
    const line = (label: string, values: number[], format: (value: number) => string) => {
      const s = summary(values);
      console.log(
        `${label.padEnd(36)} ${format(s.median).padStart(10)} ${format(s.p90).padStart(10)} ${format(s.min).padStart(10)} ${format(s.max).padStart(10)}`,
      );
    };
    const ok = (samples: Sample[]) => samples.filter((sample) => sample.ok);
    const ratio = (value: number) => `${value.toFixed(2)}×`;
    console.log(
      `\n${ade_.length} chats through the ADE and ${sdk.length} direct, ${CHATS} at a time, in ${(elapsed / 1000).toFixed(1)} s`,
    );
    console.log(
      `errors: ${errors.length} (ADE${SERVERS === 2 ? "s (two servers)" : ""} ${ade_.filter((s) => !s.ok).length}, direct ${sdk.filter((s) => !s.ok).length}${SERVERS === 2 ? `, one ADE ${oneAde.filter((s) => !s.ok).length}` : ""})`,
    );
    for (const error of errors.slice(0, 5)) console.log(`  ${error.error ?? "?"}`);
    console.log(
      `\n${"".padEnd(36)} ${"median".padStart(10)} ${"p90".padStart(10)} ${"min".padStart(10)} ${"max".padStart(10)}`,
    );
    line(
      "direct SDK: first token",
      ok(sdk).map((s) => s.firstToken),
      ms,
    );
    line(
      "through the ADE: first token",
      ok(ade_).map((s) => s.firstToken),
      ms,
    );
    line(
      "direct SDK: whole reply",
      ok(sdk).map((s) => s.total),
      ms,
    );
    line(
      "through the ADE: whole reply",
      ok(ade_).map((s) => s.total),
      ms,
    );
    line("direct SDK: round of all chats", wall.sdk, ms);
    line("through the ADE: round of all chats", wall.ade, ms);
    line("ratio ADE/direct: first token", ratios.firstToken, ratio);
    line("ratio ADE/direct: whole reply", ratios.total, ratio);
    line(
      "ratio ADE/direct: round",
      wall.ade.map((value, index) => value / (wall.sdk[index] ?? Number.NaN)),
      ratio,
    );
    if (SERVERS === 2) {
      line(
        "one ADE alone: whole reply",
        ok(oneAde).map((s) => s.total),
        ms,
      );
      line("one ADE alone: round of all chats", wall.one, ms);
      line(
        "ratio two ADEs/one ADE: round",
        wall.ade.map((value, index) => value / (wall.one[index] ?? Number.NaN)),
        ratio,
      );
    }
    console.log(
      `\nADE process memory (resident, with its children): before ${mb(before)}, peak ${mb(peak)}, after ${mb(after)} (${after >= before ? "+" : ""}${mb(after - before)})`,
    );
    if (errors.length > 0) process.exitCode = 1;
  } finally {
    ade?.kill("SIGTERM");
    second?.kill("SIGTERM");
    for (const id of agents) await deleteBenchAgent(letta, id);
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
