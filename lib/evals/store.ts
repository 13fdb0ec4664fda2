import "server-only";
import { readdir, rm } from "node:fs/promises";
import { dataPath, readTextIfExists, writeJsonAtomic } from "@/lib/data/files";
import { AppError } from "@/lib/errors";
import { savedDatasetSchema } from "./validate";
import type { CaseResult, Dataset, Experiment } from "./types";

/**
 * The evals' persistence: datasets, experiments and their case results. This is the one module the rest
 * of the feature goes through; until the ADE's store (lib/store) lands it keeps JSON files in the data
 * folder (`evals/datasets/<id>.json`, `evals/experiments/<id>.json`), one write at a time per file in this
 * process. Only the inside of this module changes when it moves to the store.
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

const datasetFile = (id: string) => dataPath("evals", "datasets", `${id}.json`);
const experimentFile = (id: string) => dataPath("evals", "experiments", `${id}.json`);

const queues = new Map<string, Promise<unknown>>();

/** One change at a time per file in this process. */
function serialized<T>(file: string, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(file) ?? Promise.resolve()).then(work, work);
  queues.set(
    file,
    next.catch(() => undefined),
  );
  return next;
}

async function readJson(file: string): Promise<unknown> {
  const text = await readTextIfExists(file);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError(
      "server_error",
      `The evals store file ${file} is damaged.`,
      "Restore it from a backup or remove it.",
    );
  }
}

async function listIds(folder: string): Promise<string[]> {
  try {
    return (await readdir(dataPath("evals", folder)))
      .filter((name) => name.endsWith(".json"))
      .map((name) => name.slice(0, -5));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

// Datasets

export async function getDataset(id: string): Promise<Dataset | null> {
  await queues.get(datasetFile(id));
  const value = await readJson(datasetFile(id));
  if (value === undefined) return null;
  const parsed = savedDatasetSchema.safeParse(value);
  if (!parsed.success)
    throw new AppError("server_error", `The stored dataset ${id} is damaged.`, "Export what you can and re-import it.");
  return parsed.data;
}

export async function requireDataset(id: string): Promise<Dataset> {
  const dataset = await getDataset(id);
  if (!dataset) throw new AppError("not_found", "There is no such dataset.", "Pick a dataset from the list at /evals.");
  return dataset;
}

export async function listDatasets(): Promise<Dataset[]> {
  const datasets = await Promise.all((await listIds("datasets")).map((id) => getDataset(id).catch(() => null)));
  return datasets.filter((dataset) => dataset !== null).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function saveDataset(dataset: Dataset): Promise<Dataset> {
  return serialized(datasetFile(dataset.id), async () => {
    await writeJsonAtomic(datasetFile(dataset.id), dataset);
    return dataset;
  });
}

/** Changes a dataset in one step (read, change, write), so two edits never lose each other. */
export async function changeDataset(id: string, change: (dataset: Dataset) => Dataset): Promise<Dataset> {
  return serialized(datasetFile(id), async () => {
    const value = await readJson(datasetFile(id));
    if (value === undefined) throw new AppError("not_found", "There is no such dataset.", "It may have been deleted.");
    const current = savedDatasetSchema.parse(value);
    const changed = savedDatasetSchema.parse({ ...change(current), updatedAt: new Date().toISOString() });
    await writeJsonAtomic(datasetFile(id), changed);
    return changed;
  });
}

export async function deleteDataset(id: string): Promise<void> {
  await serialized(datasetFile(id), () => rm(datasetFile(id), { force: true }));
}

// Experiments

export async function createExperiment(record: ExperimentRecord): Promise<ExperimentRecord> {
  return serialized(experimentFile(record.experiment.id), async () => {
    await writeJsonAtomic(experimentFile(record.experiment.id), record, { pretty: false });
    return record;
  });
}

export async function getExperiment(id: string): Promise<ExperimentRecord | null> {
  await queues.get(experimentFile(id));
  return ((await readJson(experimentFile(id))) as ExperimentRecord | null | undefined) ?? null;
}

export async function requireExperiment(id: string): Promise<ExperimentRecord> {
  const record = await getExperiment(id);
  if (!record) throw new AppError("not_found", "There is no such experiment.", "Pick one from the list at /evals.");
  return record;
}

export async function listExperiments(
  filter: { datasetId?: string; agentId?: string } = {},
): Promise<ExperimentRecord[]> {
  const records = await Promise.all((await listIds("experiments")).map((id) => getExperiment(id).catch(() => null)));
  return records
    .filter((record) => record !== null)
    .filter((record) => !filter.datasetId || record.experiment.datasetId === filter.datasetId)
    .filter((record) => !filter.agentId || record.experiment.agentIds.includes(filter.agentId))
    .sort((a, b) => b.experiment.createdAt.localeCompare(a.experiment.createdAt));
}

/** Changes an experiment's record in one step; the change returns the new record (or the same one). */
export async function changeExperiment<T>(
  id: string,
  change: (record: ExperimentRecord) => { record: ExperimentRecord; value: T },
): Promise<T> {
  return serialized(experimentFile(id), async () => {
    const record = (await readJson(experimentFile(id))) as ExperimentRecord | undefined;
    if (!record) throw new AppError("not_found", "There is no such experiment.", "It may have been deleted.");
    const { record: changed, value } = change(record);
    if (changed !== record) await writeJsonAtomic(experimentFile(id), changed, { pretty: false });
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
  return (await listExperiments()).filter(
    (record) => record.experiment.status === "queued" || record.experiment.status === "running",
  );
}
