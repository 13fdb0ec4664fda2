"use client";

import type DataLoader from "dataloader";
import { apiUrl, fetchJson } from "@/lib/fetch-json";
import type { RunSummary } from "./types";

/** Footers that mount together (a page of history) wait this long for each other and share one read. */
const BATCH_WINDOW_MS = 20;
/** As many runs as `GET /api/agents/{id}/runs` answers for at once. */
const MAX_BATCH = 100;

const loaders = new Map<string, Promise<DataLoader<string, RunSummary>>>();

/** DataLoader's code loads with the first footer: an agent without history does not need it. */
async function createLoader(agentId: string): Promise<DataLoader<string, RunSummary>> {
  const { default: DataLoaderClass } = await import("dataloader");
  return new DataLoaderClass<string, RunSummary>(
    async (runIds) => {
      const summaries = await fetchJson<RunSummary[]>(apiUrl(["agents", agentId, "runs"], { id: runIds }));
      const byId = new Map(summaries.map((summary) => [summary.id, summary]));
      return runIds.map((id) => byId.get(id) ?? new Error(`Run ${id} was not found.`));
    },
    // The query cache keeps the answers: the loader only batches.
    { cache: false, maxBatchSize: MAX_BATCH, batchScheduleFn: (callback) => setTimeout(callback, BATCH_WINDOW_MS) },
  );
}

function loaderOf(agentId: string): Promise<DataLoader<string, RunSummary>> {
  const existing = loaders.get(agentId);
  if (existing) return existing;
  const loader = createLoader(agentId);
  // A failed chunk load is not kept: the next footer tries again.
  loader.catch(() => loaders.delete(agentId));
  loaders.set(agentId, loader);
  return loader;
}

/** A run's summary, read together with those of the agent's other runs asked for at the same moment. */
export async function loadRunSummary(agentId: string, runId: string): Promise<RunSummary> {
  return (await loaderOf(agentId)).load(runId);
}
