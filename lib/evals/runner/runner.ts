import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { findConnection, type LettaConnection } from "@/lib/letta/connection";
import { deleteEvalCopy, listCaseCopies } from "@/lib/letta/evals";
import {
  changeExperiment,
  claimCase,
  getExperiment,
  listUnfinishedExperiments,
  renewLease,
  updateCaseResult,
  type ExperimentRecord,
  type StoredResult,
} from "../store";
import { runCase } from "./run-case";

/**
 * The experiment runner lives in the ADE's server process. Its state is the store's: each case is claimed
 * by one runner at a time with a lease it renews while it works; a runner that stops (an ADE restart)
 * lets its lease run out, and the next runner claims the case again on a fresh copy.
 */
const numberFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const LEASE_MS = numberFromEnv("ADE_EVALS_LEASE_MS", 20_000);
const RENEW_MS = Math.max(500, Math.floor(LEASE_MS / 4));
const TURN_TIMEOUT_MS = numberFromEnv("ADE_EVALS_TURN_TIMEOUT_MS", 5 * 60_000);
const SLEEPTIME_TIMEOUT_MS = numberFromEnv("ADE_EVALS_SLEEPTIME_TIMEOUT_MS", 90_000);

interface RunnerState {
  owner: string;
  driving: Map<string, Promise<void>>;
  /** Per experiment, the controllers of the cases this process is running (cancel aborts them at once). */
  running: Map<string, Set<AbortController>>;
  resumed: boolean;
}

const globalRunner = globalThis as typeof globalThis & { __adeEvalsRunner?: RunnerState };
const state: RunnerState = (globalRunner.__adeEvalsRunner ??= {
  owner: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
  driving: new Map(),
  running: new Map(),
  resumed: false,
});

const isFinished = (result: StoredResult) => !["pending", "running"].includes(result.status);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts driving an experiment in this process (once). */
export function driveExperiment(experimentId: string): void {
  if (state.driving.has(experimentId)) return;
  const task = drive(experimentId)
    .catch((error: unknown) => console.error(`evals: experiment ${experimentId} stopped:`, error))
    .finally(() => state.driving.delete(experimentId));
  state.driving.set(experimentId, task);
}

/** Settles when this process has stopped driving the experiment (at once when it is not driving it). */
export function experimentDriven(experimentId: string): Promise<void> {
  return state.driving.get(experimentId) ?? Promise.resolve();
}

/** Picks up every experiment that was queued or running when the ADE last stopped (once per process). */
export async function resumeExperiments(): Promise<void> {
  if (state.resumed) return;
  state.resumed = true;
  for (const record of await listUnfinishedExperiments()) driveExperiment(record.experiment.id);
}

/** Aborts the cases this process is running for the experiment (after the store marked it cancelled). */
export function abortExperiment(experimentId: string): void {
  for (const controller of state.running.get(experimentId) ?? []) controller.abort();
}

async function drive(experimentId: string): Promise<void> {
  const record = await getExperiment(experimentId);
  if (!record) return;
  const connection = await findConnection(record.connectionId);
  if (!connection) {
    await finish(experimentId, "failed");
    return;
  }
  for (;;) {
    const workers = Array.from({ length: record.experiment.concurrency }, () => work(experimentId, connection));
    await Promise.all(workers);
    const now = await getExperiment(experimentId);
    if (!now || now.experiment.status === "cancelled") return;
    if (now.results.every(isFinished)) {
      await finish(experimentId, "done");
      return;
    }
    // Another runner holds the rest: wait for it to finish them, or for its lease to run out.
    await sleep(RENEW_MS);
  }
}

async function finish(experimentId: string, status: "done" | "failed"): Promise<void> {
  await changeExperiment(experimentId, (record) => {
    if (record.experiment.status === "cancelled" || record.experiment.status === "done") return { record, value: null };
    const experiment = { ...record.experiment, status, finishedAt: new Date().toISOString() };
    return { record: { ...record, experiment }, value: null };
  });
}

async function work(experimentId: string, connection: LettaConnection): Promise<void> {
  for (;;) {
    const claimed = await claimCase(experimentId, state.owner, LEASE_MS);
    if (!claimed) return;
    const record = await getExperiment(experimentId);
    if (!record) return;
    await runClaimed(record, claimed, connection);
  }
}

async function runClaimed(record: ExperimentRecord, claimed: StoredResult, connection: LettaConnection): Promise<void> {
  const { experiment } = record;
  const { agentId, caseId } = claimed;
  const save = (patch: Partial<StoredResult>, release: boolean) =>
    updateCaseResult(experiment.id, state.owner, agentId, caseId, patch, { release });
  // A runner stopped mid-case left its copy behind (recorded, or made just before it could be recorded): the case
  // starts again on a fresh one.
  if (claimed.status === "running") {
    const left = await listCaseCopies(connection, experiment.id, agentId, caseId).catch(() => []);
    const recorded = claimed.copyAgentId && !claimed.copyKept ? [claimed.copyAgentId] : [];
    for (const copyId of new Set([...recorded, ...left]))
      await deleteEvalCopy(connection, copyId).catch(() => undefined);
  }
  const evalCase = experiment.dataset.cases.find((item) => item.id === caseId);
  if (!evalCase) {
    await save(
      { status: "errored", error: "The case is not in the dataset.", finishedAt: new Date().toISOString() },
      true,
    );
    return;
  }
  const controller = new AbortController();
  const running = state.running.get(experiment.id) ?? new Set();
  running.add(controller);
  state.running.set(experiment.id, running);
  const heartbeat = setInterval(() => {
    renewLease(experiment.id, agentId, caseId, state.owner, LEASE_MS).then(
      (still) => {
        if (!still) controller.abort();
      },
      () => undefined,
    );
  }, RENEW_MS);
  try {
    const outcome = await runCase({
      connection,
      experiment,
      evalCase,
      agentId,
      signal: controller.signal,
      onCopy: async (copyAgentId) => {
        await save({ copyAgentId }, false);
      },
      turnTimeoutMs: TURN_TIMEOUT_MS,
      sleeptimeTimeoutMs: SLEEPTIME_TIMEOUT_MS,
    });
    await save(outcome, true);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await save({ status: "errored", error: reason, finishedAt: new Date().toISOString() }, true).catch(() => undefined);
  } finally {
    clearInterval(heartbeat);
    running.delete(controller);
  }
}
