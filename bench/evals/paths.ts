// The ways the bench runs one case: the ADE's runner (through the store, as an experiment; or its one-case
// function alone), and the same turn sent straight with the SDK (on a copy made beforehand; or with the copy
// made and deleted around it, as the ADE does).
import Letta, { toFile } from "@letta-ai/letta-client";
import { randomUUID } from "node:crypto";
import { experimentDriven, driveExperiment } from "../../lib/evals/runner/runner";
import { pendingResult } from "../../lib/evals/pending-result";
import { runCase } from "../../lib/evals/runner/run-case";
import { createExperiment, getExperiment, type StoredResult } from "../../lib/evals/store";
import type { CaseResult, Dataset, EvalCase, Experiment } from "../../lib/evals/types";
import { ENV_CONNECTION_ID } from "../../lib/connections/types";
import { envConnection } from "../../lib/letta/connection";

/** A dataset of `count` cases: each a `#remember` turn (a memory_insert call, then a reply), graded three ways. */
export function benchDataset(count: number): Dataset {
  const now = new Date().toISOString();
  const cases: EvalCase[] = Array.from({ length: count }, (_, index) => ({
    id: `case-${index + 1}`,
    input: [`#remember case ${index + 1} likes oolong tea`],
    expected: `case ${index + 1} likes oolong tea`,
    tags: [],
  }));
  return {
    id: `bench-${randomUUID()}`,
    name: "bench evals",
    description: "",
    gate: 1,
    cases,
    graders: [
      {
        id: "reply",
        name: "Reply",
        kind: "reply",
        match: "contains",
        value: "memory_insert",
        weight: 1,
        threshold: 1,
        caseSensitive: false,
        target: { from: "last_assistant" },
      },
      {
        id: "called",
        name: "Called",
        kind: "tool_called",
        tool: "memory_insert",
        arguments: { label: '"human"' },
        weight: 1,
        threshold: 1,
      },
      {
        id: "memory",
        name: "Memory",
        kind: "memory",
        label: "human",
        match: "contains",
        weight: 1,
        threshold: 1,
        caseSensitive: false,
        afterSleeptime: false,
      },
    ],
    createdAt: now,
    updatedAt: now,
  };
}

function experimentOf(dataset: Dataset, agentId: string, concurrency: number): Experiment {
  return {
    id: `exp-bench-${randomUUID()}`,
    datasetId: dataset.id,
    dataset,
    agentIds: [agentId],
    concurrency,
    keepCopies: false,
    status: "queued",
    createdAt: new Date().toISOString(),
    finishedAt: null,
  };
}

/** An experiment through the ADE's runner and store, as the Evals page starts one; its results once it ended. */
export async function runExperiment(dataset: Dataset, agentId: string, concurrency: number): Promise<CaseResult[]> {
  const experiment = experimentOf(dataset, agentId, concurrency);
  const results: StoredResult[] = dataset.cases.map((evalCase) => ({
    ...pendingResult(experiment.id, evalCase.id, agentId),
    lease: null,
  }));
  await createExperiment({ experiment, connectionId: ENV_CONNECTION_ID, results });
  driveExperiment(experiment.id);
  await experimentDriven(experiment.id);
  const record = await getExperiment(experiment.id);
  if (record?.experiment.status !== "done") throw new Error(`the experiment ended ${record?.experiment.status}`);
  return record.results;
}

/** The runner's one-case function alone (copy, turn, trace, blocks, grades, the copy deleted), without the store. */
export async function runOneCase(dataset: Dataset, agentId: string): Promise<CaseResult> {
  const experiment = experimentOf(dataset, agentId, 1);
  const evalCase = dataset.cases[0];
  if (!evalCase) throw new Error("no case");
  const startedAt = new Date().toISOString();
  const outcome = await runCase({
    connection: envConnection(),
    experiment,
    evalCase,
    agentId,
    signal: new AbortController().signal,
    onCopy: async () => undefined,
    turnTimeoutMs: 5 * 60_000,
    sleeptimeTimeoutMs: 90_000,
  });
  return { ...outcome, experimentId: experiment.id, caseId: evalCase.id, agentId, startedAt };
}

/** The SDK copies made and not deleted yet (the bench checks none is left, and deletes any left by an error). */
export const sdkCopiesLeft = new Set<string>();

/** A copy of the agent straight with the SDK: its file exported without messages and imported under a new name. */
export async function sdkCopy(letta: Letta, agentId: string): Promise<string> {
  const exported: unknown = await letta.agents.exportFile(agentId, { scrub_messages: true });
  const document = (typeof exported === "string" ? JSON.parse(exported) : exported) as {
    agents: { name: string; system?: string; messages?: unknown[]; in_context_message_ids?: string[] }[];
  };
  document.agents.forEach((agent, index) => {
    agent.name = `bench-sdk-copy-${randomUUID().slice(0, 8)}`;
    // Without its messages the file has no system message either, and Letta cannot run the agent without one.
    if ((agent.in_context_message_ids ?? []).length === 0) {
      const id = `message-${900_000 + index}`;
      agent.messages = [{ id, role: "system", content: [{ type: "text", text: agent.system ?? "" }] }];
      agent.in_context_message_ids = [id];
    }
  });
  const file = await toFile(Buffer.from(JSON.stringify(document)), "agent.af", { type: "application/json" });
  const { agent_ids: ids } = await letta.agents.importFile(
    { file, append_copy_suffix: false, override_existing_tools: false },
    { maxRetries: 0, timeout: 120_000 },
  );
  const [id] = ids;
  if (!id) throw new Error("the import made no agent");
  sdkCopiesLeft.add(id);
  return id;
}

/** The case's turn straight with the SDK; throws unless it ended as the graders expect. */
export async function sdkTurn(letta: Letta, agentId: string, text: string): Promise<void> {
  const response = await letta.agents.messages.create(
    agentId,
    { messages: [{ role: "user", content: text }], streaming: false },
    { maxRetries: 0, timeout: 5 * 60_000 },
  );
  if (response.stop_reason.stop_reason !== "end_turn")
    throw new Error(`the turn stopped with ${response.stop_reason.stop_reason}`);
}

/** What the ADE's case implies, straight with the SDK: a copy, the turn, the copy deleted. */
export async function sdkCopyTurnDelete(letta: Letta, agentId: string, text: string): Promise<void> {
  const copy = await sdkCopy(letta, agentId);
  try {
    await sdkTurn(letta, copy, text);
  } finally {
    await sdkDelete(letta, copy);
  }
}

export async function sdkDelete(letta: Letta, copy: string): Promise<void> {
  await letta.agents.delete(copy);
  sdkCopiesLeft.delete(copy);
}
