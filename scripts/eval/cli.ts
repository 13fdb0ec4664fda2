// `npm run eval -- <dataset file or id> --agent <id> [--agent <id>…] [--concurrency 2] [--out results.jsonl]
//   [--gate 0.8] [--keep-copies | --keep-failed]`
// Runs a dataset against agents on the Letta server of LETTA_BASE_URL (each case on a fresh copy, as the ADE
// does), prints a table, writes letta-evals' result rows (JSONL) and exits 1 when an agent's pass rate is below
// the gate, 2 on bad input or when Letta cannot be used, 130 when interrupted. Runs with the react-server
// condition, so the ADE's server modules load as they are.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { pendingResult } from "@/lib/evals/pending-result";
import { runCase } from "@/lib/evals/runner/run-case";
import type { CaseResult, Experiment } from "@/lib/evals/types";
import { AppError } from "@/lib/errors";
import { envConnection } from "@/lib/letta/connection";
import { evalAgentNames } from "@/lib/letta/evals";
import { loadDataset } from "./dataset-source";
import { gateVerdict, resultFiles, resultsJsonl, resultsTable } from "./report";

const USAGE =
  "Usage: npm run eval -- <dataset file or id> --agent <agent id> [--agent …] [--concurrency 2] [--out results.jsonl] [--gate 0.8] [--keep-copies | --keep-failed]";

const AGENT_ID = /^agent-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class UsageError extends Error {}

function describe(error: unknown): string {
  if (error instanceof AppError && error.code === "unreachable")
    return `${error.message} Check LETTA_BASE_URL, and that the server is up.`;
  if (error instanceof AppError) return error.hint ? `${error.message} ${error.hint}` : error.message;
  return error instanceof Error ? error.message : String(error);
}

function options() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      agent: { type: "string", multiple: true },
      concurrency: { type: "string", default: "2" },
      out: { type: "string" },
      gate: { type: "string" },
      "keep-copies": { type: "boolean", default: false },
      "keep-failed": { type: "boolean", default: false },
    },
  });
  const [source, ...extra] = positionals;
  if (!source) throw new UsageError(USAGE);
  if (extra.length > 0) throw new UsageError(`One dataset at a time (also given: ${extra.join(", ")}).\n${USAGE}`);
  const agentIds = [...new Set(values.agent ?? [])];
  if (agentIds.length === 0) throw new UsageError(`Name at least one agent: --agent <agent id>.\n${USAGE}`);
  const malformed = agentIds.filter((id) => !AGENT_ID.test(id));
  if (malformed.length > 0)
    throw new UsageError(
      `Not an agent id: ${malformed.join(", ")} (an agent id is agent-<uuid>, as in the ADE's address bar).`,
    );
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 8)
    throw new UsageError("--concurrency is a whole number from 1 to 8.");
  const gate = values.gate === undefined ? undefined : Number(values.gate);
  if (gate !== undefined && !(gate >= 0 && gate <= 1))
    throw new UsageError("--gate is a pass rate from 0 to 1 (0.8 for 80%).");
  if (values.out !== undefined && !existsSync(path.dirname(path.resolve(values.out))))
    throw new UsageError(`--out ${values.out}: the folder ${path.dirname(path.resolve(values.out))} does not exist.`);
  if (values["keep-copies"] && values["keep-failed"])
    throw new UsageError("--keep-copies keeps every copy already; drop --keep-failed.");
  return {
    source,
    agentIds,
    concurrency,
    gate,
    out: values.out,
    keepCopies: values["keep-copies"],
    keepFailed: values["keep-failed"],
  };
}

async function main(): Promise<number> {
  const args = options();
  const loaded = await loadDataset(args.source);
  if (!loaded.ok) throw new UsageError(loaded.error);
  const { dataset } = loaded;
  for (const note of loaded.unmapped) console.error(`not carried over: ${note.where}: ${note.what}: ${note.why}`);
  if (dataset.cases.length === 0) throw new UsageError(`The dataset "${dataset.name}" has no cases.`);
  if (dataset.graders.length === 0) throw new UsageError(`The dataset "${dataset.name}" has no graders.`);
  const gate = args.gate ?? dataset.gate;

  const connection = envConnection();
  const names = await evalAgentNames(args.agentIds, connection);
  const unknown = args.agentIds.filter((id) => names[id] === null);
  if (unknown.length > 0)
    throw new UsageError(`The Letta server at ${connection.baseUrl} has no agent ${unknown.join(", ")}.`);
  const agentNames = Object.fromEntries(Object.entries(names).flatMap(([id, name]) => (name ? [[id, name]] : [])));

  const experiment: Experiment = {
    id: `cli-${randomUUID()}`,
    datasetId: dataset.id,
    dataset,
    agentIds: args.agentIds,
    concurrency: args.concurrency,
    keepCopies: args.keepCopies,
    status: "running",
    createdAt: new Date().toISOString(),
    finishedAt: null,
  };
  console.error(
    `${dataset.name} (${loaded.origin}): ${dataset.cases.length} cases × ${args.agentIds.length} agents, ${args.concurrency} at a time, on ${connection.baseUrl}`,
  );
  const jobs = args.agentIds.flatMap((agentId) => dataset.cases.map((evalCase) => ({ agentId, evalCase })));
  const results: CaseResult[] = [];
  const controller = new AbortController();
  process.once("SIGINT", () => {
    console.error("Interrupted: stopping the running cases and deleting their copies…");
    controller.abort();
  });
  let next = 0;
  const worker = async () => {
    for (let job = jobs[next++]; job; job = jobs[next++]) {
      const startedAt = new Date().toISOString();
      const outcome = controller.signal.aborted
        ? null
        : await runCase({
            connection,
            experiment,
            evalCase: job.evalCase,
            agentId: job.agentId,
            signal: controller.signal,
            onCopy: async () => undefined,
            turnTimeoutMs: 5 * 60_000,
            sleeptimeTimeoutMs: 90_000,
            keepFailedCopy: args.keepFailed,
          });
      const result: CaseResult = outcome
        ? { ...outcome, experimentId: experiment.id, caseId: job.evalCase.id, agentId: job.agentId, startedAt }
        : cancelled(experiment.id, job.evalCase.id, job.agentId, startedAt);
      results.push(result);
      console.error(`${result.status.padEnd(9)} ${job.evalCase.id} on ${agentNames[job.agentId] ?? job.agentId}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(args.concurrency, jobs.length) }, worker));

  const position = new Map(jobs.map((job, index) => [`${job.agentId}\n${job.evalCase.id}`, index]));
  results.sort(
    (a, b) => (position.get(`${a.agentId}\n${a.caseId}`) ?? 0) - (position.get(`${b.agentId}\n${b.caseId}`) ?? 0),
  );
  console.log(`\n${resultsTable(results, agentNames)}\n`);
  const verdict = gateVerdict(results, dataset, args.agentIds, agentNames, gate);
  for (const line of verdict.lines) console.log(line);
  const out = args.out ?? `eval-results-${experiment.createdAt.replace(/[:.]/g, "-")}.jsonl`;
  for (const [agentId, file] of resultFiles(out, args.agentIds)) {
    await writeFile(file, resultsJsonl(results, dataset, agentId), "utf8");
    console.log(`Results${args.agentIds.length > 1 ? ` of ${agentNames[agentId] ?? agentId}` : ""}: ${file}`);
  }
  if (controller.signal.aborted) return 130;
  return verdict.belowGate ? 1 : 0;
}

function cancelled(experimentId: string, caseId: string, agentId: string, startedAt: string): CaseResult {
  return {
    ...pendingResult(experimentId, caseId, agentId),
    status: "cancelled",
    error: "Cancelled before it started.",
    startedAt,
    finishedAt: new Date().toISOString(),
  };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof UsageError ? error.message : `npm run eval: ${describe(error)}`);
    process.exit(2);
  },
);
