import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import { activeConnection, findConnection } from "@/lib/letta/connection";
import { deleteEvalCopy, evalAgentNames, listEvalCopies } from "@/lib/letta/evals";
import { abortExperiment, driveExperiment } from "./runner/runner";
import { changeExperiment, createExperiment, requireDataset, requireExperiment, type StoredResult } from "./store";
import { pendingResult } from "./pending-result";
import { toExperimentRow, type ExperimentRow } from "./rows";
import type { CaseResult, Experiment } from "./types";

type StoredResultsRecord = { experiment: Experiment; results: readonly CaseResult[] };
import { toExperimentView, type ExperimentView } from "./view";
export type { ExperimentView };

export async function loadExperimentView(experimentId: string): Promise<ExperimentView> {
  const record = await requireExperiment(experimentId);
  const connection = await findConnection(record.connectionId);
  const names = connection ? await evalAgentNames(record.experiment.agentIds, connection).catch(() => ({})) : {};
  return toExperimentView(record, names);
}

/** Experiments as the lists show them, with the agents' names (looked up on the active connection; none when it fails). */
export async function experimentRows(records: readonly StoredResultsRecord[]): Promise<ExperimentRow[]> {
  const ids = [...new Set(records.flatMap((record) => record.experiment.agentIds))];
  const names = ids.length > 0 ? await evalAgentNames(ids).catch(() => ({})) : {};
  return records.map((record) => toExperimentRow(record, names));
}

export async function startExperiment(input: {
  datasetId: string;
  agentIds: string[];
  concurrency: number;
  keepCopies: boolean;
}): Promise<{ id: string }> {
  const dataset = await requireDataset(input.datasetId);
  if (dataset.cases.length === 0) throw new AppError("invalid_input", "The dataset has no cases.", "Add a case first.");
  if (dataset.graders.length === 0)
    throw new AppError("invalid_input", "The dataset has no graders.", "Add a grader first.");
  const connection = await activeConnection();
  const names = await evalAgentNames(input.agentIds, connection);
  const missing = input.agentIds.filter((id) => names[id] === null);
  if (missing.length > 0)
    throw new AppError("not_found", `This server has no agent ${missing.join(", ")}.`, "Pick agents that exist.");
  const id = `exp-${randomUUID()}`;
  const experiment: Experiment = {
    id,
    datasetId: dataset.id,
    dataset,
    agentIds: input.agentIds,
    concurrency: input.concurrency,
    keepCopies: input.keepCopies,
    status: "queued",
    createdAt: new Date().toISOString(),
    finishedAt: null,
  };
  const results: StoredResult[] = input.agentIds.flatMap((agentId) =>
    dataset.cases.map((evalCase) => ({ ...pendingResult(id, evalCase.id, agentId), lease: null })),
  );
  await createExperiment({ experiment, connectionId: connection.id, results });
  driveExperiment(id);
  return { id };
}

/** Cancels an experiment: cases not started are cancelled, running ones are stopped and their copies deleted. */
export async function cancelExperiment(experimentId: string): Promise<void> {
  const orphans = await changeExperiment(experimentId, (record) => {
    const { status } = record.experiment;
    if (status !== "queued" && status !== "running")
      throw new AppError("conflict", "The experiment has already ended.", "Nothing to cancel.");
    const now = Date.now();
    const finishedAt = new Date().toISOString();
    const orphanCopies: string[] = [];
    const results = record.results.map((result): StoredResult => {
      if (result.status === "pending") return { ...result, status: "cancelled", error: "Cancelled.", finishedAt };
      // A case whose runner is gone (its lease ran out) is cancelled here, its copy deleted below.
      if (result.status === "running" && (result.lease?.until ?? 0) < now) {
        if (result.copyAgentId) orphanCopies.push(result.copyAgentId);
        return { ...result, status: "cancelled", error: "Cancelled.", finishedAt, lease: null, copyKept: false };
      }
      return result;
    });
    return {
      record: { ...record, results, experiment: { ...record.experiment, status: "cancelled", finishedAt } },
      value: { connectionId: record.connectionId, copies: orphanCopies },
    };
  });
  abortExperiment(experimentId);
  const connection = await findConnection(orphans.connectionId);
  if (connection) await Promise.all(orphans.copies.map((id) => deleteEvalCopy(connection, id).catch(() => undefined)));
}

/** Deletes the copies an experiment kept (failed cases', or all when asked to keep them). */
export async function deleteKeptCopies(experimentId: string): Promise<number> {
  const record = await requireExperiment(experimentId);
  const connection = await findConnection(record.connectionId);
  if (!connection) throw new AppError("not_found", "The experiment's connection was removed.", "Add it again.");
  const running = record.results.filter((result) => result.status === "running").map((result) => result.copyAgentId);
  const copies = (await listEvalCopies(connection, experimentId)).filter((id) => !running.includes(id));
  await Promise.all(copies.map((id) => deleteEvalCopy(connection, id)));
  await changeExperiment(experimentId, (current) => ({
    record: {
      ...current,
      results: current.results.map((result) =>
        result.copyAgentId && copies.includes(result.copyAgentId) ? { ...result, copyKept: false } : result,
      ),
    },
    value: null,
  }));
  return copies.length;
}
