// `npm run eval -- <dataset file or id> --agent <id> [--agent <id>…] [--concurrency 2] [--out results.jsonl] [--keep-copies]`
// Runs a dataset against agents on the Letta server of LETTA_BASE_URL (each case on a fresh copy, as the ADE
// does), prints a table, writes one JSON line per case and exits 1 when an agent's pass rate is below the
// dataset's gate (2 on bad input). Runs with the react-server condition, so the ADE's server modules load as is.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { parseDatasetFile } from "@/lib/evals/dataset-file";
import { runCase } from "@/lib/evals/runner/run-case";
import { getDataset } from "@/lib/evals/store";
import { summarize } from "@/lib/evals/summary";
import type { CaseResult, Dataset, Experiment } from "@/lib/evals/types";
import { envConnection } from "@/lib/letta/connection";

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function loadDataset(source: string): Promise<Dataset> {
  if (existsSync(source)) {
    const parsed = parseDatasetFile(await readFile(source, "utf8"));
    if (!parsed.ok) fail(`${source}: ${parsed.error}`);
    const now = new Date().toISOString();
    return { id: "file", ...parsed.dataset, createdAt: now, updatedAt: now };
  }
  const stored = await getDataset(source).catch(() => null);
  return stored ?? fail(`No dataset file or stored dataset "${source}".`);
}

const pad = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      agent: { type: "string", multiple: true },
      concurrency: { type: "string", default: "2" },
      out: { type: "string" },
      "keep-copies": { type: "boolean", default: false },
    },
  });
  const source = positionals[0] ?? fail("Usage: npm run eval -- <dataset file or id> --agent <agent id> [--agent …]");
  const agentIds = values.agent ?? fail("Name at least one agent: --agent <agent id>.");
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 8)
    fail("--concurrency is a whole number from 1 to 8.");
  const dataset = await loadDataset(source);
  const connection = envConnection();
  const experiment: Experiment = {
    id: `cli-${randomUUID()}`,
    datasetId: dataset.id,
    dataset,
    agentIds,
    concurrency,
    keepCopies: values["keep-copies"],
    status: "running",
    createdAt: new Date().toISOString(),
    finishedAt: null,
  };
  const jobs = agentIds.flatMap((agentId) => dataset.cases.map((evalCase) => ({ agentId, evalCase })));
  const results: CaseResult[] = [];
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      if (!job) return;
      const startedAt = new Date().toISOString();
      const outcome = await runCase({
        connection,
        experiment,
        evalCase: job.evalCase,
        agentId: job.agentId,
        signal: controller.signal,
        onCopy: async () => undefined,
        turnTimeoutMs: 5 * 60_000,
        sleeptimeTimeoutMs: 90_000,
      });
      const result = {
        ...outcome,
        experimentId: experiment.id,
        caseId: job.evalCase.id,
        agentId: job.agentId,
        startedAt,
      };
      results.push(result);
      console.error(`${result.status.padEnd(9)} ${job.evalCase.id} on ${job.agentId}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));

  console.log(`\n${pad("case", 24)} ${pad("agent", 44)} ${pad("result", 9)} ${pad("score", 6)} ${pad("ms", 7)} why`);
  for (const result of results) {
    const why = result.error ?? result.grades.find((grade) => !grade.passed)?.reason ?? "";
    const score = result.score === null ? "—" : result.score.toFixed(2);
    console.log(
      `${pad(result.caseId, 24)} ${pad(result.agentId, 44)} ${pad(result.status, 9)} ${pad(score, 6)} ${pad(String(result.latencyMs ?? "—"), 7)} ${why}`,
    );
  }
  const out = values.out ?? `eval-results-${experiment.createdAt.replace(/[:.]/g, "-")}.jsonl`;
  await writeFile(out, results.map((result) => JSON.stringify(result)).join("\n") + "\n", "utf8");
  let belowGate = false;
  console.log("");
  for (const agentId of agentIds) {
    const summary = summarize(agentId, results, dataset.graders);
    const below = summary.passRate < dataset.gate;
    belowGate ||= below;
    console.log(
      `${agentId}: ${summary.passed}/${summary.cases} passed (${(summary.passRate * 100).toFixed(1)}%), gate ${(dataset.gate * 100).toFixed(1)}%${below ? ": BELOW THE GATE" : ""}; p50 ${summary.latencyP50Ms ?? "—"} ms, p95 ${summary.latencyP95Ms ?? "—"} ms, ${summary.usage.total} tokens`,
    );
  }
  console.log(`Results: ${out}`);
  process.exit(belowGate ? 1 : 0);
}

void main();
