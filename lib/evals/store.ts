import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { transaction, withDb, type StoreTx } from "@/lib/store";
import { evalCaseResults, evalDatasets, evalExperiments } from "@/lib/store/schema/evals";
import { savedDatasetSchema } from "./validate";
import type { CaseResult, Dataset, Experiment } from "./types";

/**
 * The evals' persistence, in the ADE's store (lib/store: PGlite in the data folder, or Postgres): datasets,
 * experiments and their case results. Changes to an experiment run in a transaction that locks its row, so
 * runners in several ADE processes never claim one case twice.
 */

/** An experiment as stored: the contract's record, the server it runs on, and its cases' results with their leases. */
export interface ExperimentRecord {
  experiment: Experiment;
  /** The ADE connection the agents live on (the runner has no browser request to read it from). */
  connectionId: string;
  results: StoredResult[];
}

interface Lease {
  owner: string;
  until: number;
}

export type StoredResult = CaseResult & { lease: Lease | null };

// Datasets

function parseStoredDataset(value: unknown, id: string): Dataset {
  const parsed = savedDatasetSchema.safeParse(value);
  if (!parsed.success)
    throw new AppError("server_error", `The stored dataset ${id} is damaged.`, "Export what you can and re-import it.");
  return parsed.data;
}

export async function getDataset(id: string): Promise<Dataset | null> {
  const rows = await withDb((db) => db.select().from(evalDatasets).where(eq(evalDatasets.id, id)));
  const row = rows[0];
  return row ? parseStoredDataset(row.dataset, id) : null;
}

export async function requireDataset(id: string): Promise<Dataset> {
  const dataset = await getDataset(id);
  if (!dataset) throw new AppError("not_found", "There is no such dataset.", "Pick a dataset from the list at /evals.");
  return dataset;
}

export async function listDatasets(): Promise<Dataset[]> {
  const rows = await withDb((db) => db.select().from(evalDatasets).orderBy(desc(evalDatasets.updatedAt)));
  return rows.flatMap((row) => {
    const parsed = savedDatasetSchema.safeParse(row.dataset);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function saveDataset(dataset: Dataset): Promise<Dataset> {
  await withDb((db) =>
    db
      .insert(evalDatasets)
      .values({ id: dataset.id, dataset, updatedAt: new Date(dataset.updatedAt) })
      .onConflictDoUpdate({ target: evalDatasets.id, set: { dataset, updatedAt: new Date(dataset.updatedAt) } }),
  );
  return dataset;
}

/** Saves a dataset unless one with its id is already stored (then the stored one stays as it is). */
export async function saveDatasetIfMissing(dataset: Dataset): Promise<void> {
  await withDb((db) =>
    db
      .insert(evalDatasets)
      .values({ id: dataset.id, dataset, updatedAt: new Date(dataset.updatedAt) })
      .onConflictDoNothing({ target: evalDatasets.id }),
  );
}

/** Changes a dataset in one transaction (read, change, write), so two edits never lose each other. */
export async function changeDataset(id: string, change: (dataset: Dataset) => Dataset): Promise<Dataset> {
  return transaction(async (tx) => {
    const row = (await tx.select().from(evalDatasets).where(eq(evalDatasets.id, id)).for("update"))[0];
    if (!row) throw new AppError("not_found", "There is no such dataset.", "It may have been deleted.");
    const now = new Date();
    const changed = savedDatasetSchema.parse({
      ...change(parseStoredDataset(row.dataset, id)),
      updatedAt: now.toISOString(),
    });
    await tx.update(evalDatasets).set({ dataset: changed, updatedAt: now }).where(eq(evalDatasets.id, id));
    return changed;
  });
}

export async function deleteDataset(id: string): Promise<void> {
  await withDb((db) => db.delete(evalDatasets).where(eq(evalDatasets.id, id)));
}

// Experiments

function toRow(experimentId: string, result: StoredResult, position: number) {
  const { lease, ...rest } = result;
  return {
    experimentId,
    agentId: result.agentId,
    caseId: result.caseId,
    position,
    result: rest,
    leaseOwner: lease?.owner ?? null,
    leaseUntil: lease ? new Date(lease.until) : null,
  };
}

export async function createExperiment(record: ExperimentRecord): Promise<ExperimentRecord> {
  await transaction(async (tx) => {
    const { experiment } = record;
    await tx.insert(evalExperiments).values({
      id: experiment.id,
      datasetId: experiment.datasetId,
      connectionId: record.connectionId,
      experiment,
      createdAt: new Date(experiment.createdAt),
    });
    if (record.results.length > 0)
      await tx
        .insert(evalCaseResults)
        .values(record.results.map((result, index) => toRow(experiment.id, result, index)));
  });
  return record;
}

async function readRecord(tx: StoreTx, id: string, lock: boolean): Promise<ExperimentRecord | null> {
  const query = tx.select().from(evalExperiments).where(eq(evalExperiments.id, id));
  const row = (lock ? await query.for("update") : await query)[0];
  if (!row) return null;
  const results = await tx
    .select()
    .from(evalCaseResults)
    .where(eq(evalCaseResults.experimentId, id))
    .orderBy(asc(evalCaseResults.position));
  return {
    experiment: row.experiment,
    connectionId: row.connectionId,
    results: results.map((result) => ({
      ...result.result,
      lease:
        result.leaseOwner && result.leaseUntil
          ? { owner: result.leaseOwner, until: result.leaseUntil.getTime() }
          : null,
    })),
  };
}

export async function getExperiment(id: string): Promise<ExperimentRecord | null> {
  return withDb((db) => db.transaction((tx) => readRecord(tx, id, false)));
}

export async function requireExperiment(id: string): Promise<ExperimentRecord> {
  const record = await getExperiment(id);
  if (!record) throw new AppError("not_found", "There is no such experiment.", "Pick one from the list at /evals.");
  return record;
}

export async function listExperiments(
  filter: { datasetId?: string; agentId?: string } = {},
): Promise<ExperimentRecord[]> {
  const rows = await withDb((db) =>
    db
      .select({ id: evalExperiments.id })
      .from(evalExperiments)
      .where(filter.datasetId ? eq(evalExperiments.datasetId, filter.datasetId) : undefined)
      .orderBy(desc(evalExperiments.createdAt))
      .limit(200),
  );
  const records = await Promise.all(rows.map((row) => getExperiment(row.id)));
  return records
    .filter((record) => record !== null)
    .filter((record) => !filter.agentId || record.experiment.agentIds.includes(filter.agentId));
}

/**
 * Changes an experiment's record in one transaction that locks its row (so runners in several processes take
 * turns); the change returns the new record (or the same one) and a value. Only the results that changed are written.
 */
export async function changeExperiment<T>(
  id: string,
  change: (record: ExperimentRecord) => { record: ExperimentRecord; value: T },
): Promise<T> {
  return transaction(async (tx) => {
    const record = await readRecord(tx, id, true);
    if (!record) throw new AppError("not_found", "There is no such experiment.", "It may have been deleted.");
    const { record: changed, value } = change(record);
    if (changed === record) return value;
    if (changed.experiment !== record.experiment)
      await tx.update(evalExperiments).set({ experiment: changed.experiment }).where(eq(evalExperiments.id, id));
    for (const [index, result] of changed.results.entries()) {
      if (result === record.results[index]) continue;
      const row = toRow(id, result, index);
      await tx
        .update(evalCaseResults)
        .set({ result: row.result, leaseOwner: row.leaseOwner, leaseUntil: row.leaseUntil })
        .where(
          and(
            eq(evalCaseResults.experimentId, id),
            eq(evalCaseResults.agentId, result.agentId),
            eq(evalCaseResults.caseId, result.caseId),
          ),
        );
    }
    return value;
  });
}

const sameCase = (result: CaseResult, agentId: string, caseId: string) =>
  result.agentId === agentId && result.caseId === caseId;

/**
 * Claims the next case of an experiment for `owner`: a pending one, or one whose runner's lease ran out
 * (its server stopped mid-case). Returns the claimed result as it was before the claim, or null.
 */
export function claimCase(experimentId: string, owner: string, leaseMs: number): Promise<StoredResult | null> {
  return changeExperiment(experimentId, (record) => {
    if (record.experiment.status !== "queued" && record.experiment.status !== "running") return { record, value: null };
    const now = Date.now();
    const index = record.results.findIndex(
      (result) => result.status === "pending" || (result.status === "running" && (result.lease?.until ?? 0) < now),
    );
    const claimed = record.results[index];
    if (!claimed) return { record, value: null };
    const results = record.results.slice();
    results[index] = {
      ...claimed,
      status: "running",
      lease: { owner, until: now + leaseMs },
      startedAt: new Date().toISOString(),
    };
    return {
      record: { ...record, experiment: { ...record.experiment, status: "running" }, results },
      value: claimed,
    };
  });
}

/** Renews the lease; false when the case is no longer this owner's (or the experiment was cancelled). */
export function renewLease(
  experimentId: string,
  agentId: string,
  caseId: string,
  owner: string,
  leaseMs: number,
): Promise<boolean> {
  return changeExperiment(experimentId, (record) => {
    const index = record.results.findIndex((result) => sameCase(result, agentId, caseId));
    const result = record.results[index];
    if (
      !result ||
      result.lease?.owner !== owner ||
      result.status !== "running" ||
      record.experiment.status === "cancelled"
    )
      return { record, value: false };
    const results = record.results.slice();
    results[index] = { ...result, lease: { owner, until: Date.now() + leaseMs } };
    return { record: { ...record, results }, value: true };
  });
}

/** Saves what the owner learnt about its case (the copy's id, or the finished result); ignored when it lost the lease. */
export function updateCaseResult(
  experimentId: string,
  owner: string,
  agentId: string,
  caseId: string,
  patch: Partial<CaseResult>,
  options: { release: boolean },
): Promise<boolean> {
  return changeExperiment(experimentId, (record) => {
    const index = record.results.findIndex((result) => sameCase(result, agentId, caseId));
    const result = record.results[index];
    if (!result || result.lease?.owner !== owner) return { record, value: false };
    const results = record.results.slice();
    results[index] = { ...result, ...patch, lease: options.release ? null : result.lease };
    return { record: { ...record, results }, value: true };
  });
}

/** Experiments a runner should drive (queued or running). */
export async function listUnfinishedExperiments(): Promise<ExperimentRecord[]> {
  const rows = await withDb((db) =>
    db
      .select({ id: evalExperiments.id })
      .from(evalExperiments)
      .where(sql`${evalExperiments.experiment}->>'status' in ('queued', 'running')`),
  );
  const records = await Promise.all(rows.map((row) => getExperiment(row.id)));
  return records.filter((record) => record !== null);
}
