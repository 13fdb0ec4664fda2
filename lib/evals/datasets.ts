import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import { readRunTurn } from "@/lib/letta/evals";
import { parseDatasetFile } from "./dataset-file";
import { changeDataset, saveDataset } from "./store";
import type { Dataset, EvalCase, GraderSpec } from "./types";
import type { DatasetMeta } from "./validate";

const newDatasetId = () => `ds-${randomUUID()}`;

/** A case id not yet in the dataset: case-1, case-2, … */
function nextCaseId(dataset: Pick<Dataset, "cases">): string {
  const taken = new Set(dataset.cases.map((item) => item.id));
  for (let n = dataset.cases.length + 1; ; n += 1) if (!taken.has(`case-${n}`)) return `case-${n}`;
}

export async function createDataset(
  meta: DatasetMeta,
  content: Pick<Dataset, "cases" | "graders"> = { cases: [], graders: [] },
): Promise<Dataset> {
  const now = new Date().toISOString();
  return saveDataset({ id: newDatasetId(), ...meta, ...content, createdAt: now, updatedAt: now });
}

export async function importDataset(text: string): Promise<Dataset> {
  const parsed = parseDatasetFile(text);
  if (!parsed.ok)
    throw new AppError("invalid_input", parsed.error, "Fix the file and import it again; nothing was saved.");
  const { cases, graders, ...meta } = parsed.dataset;
  return createDataset(meta, { cases, graders });
}

function replaceById<T extends { id: string }>(
  items: readonly T[],
  originalId: string | undefined,
  item: T,
  what: string,
): T[] {
  const clash = items.find((other) => other.id === item.id && other.id !== originalId);
  if (clash)
    throw new AppError("conflict", `The dataset already has a ${what} with the id ${item.id}.`, "Give it another id.");
  if (originalId === undefined) return [...items, item];
  const index = items.findIndex((other) => other.id === originalId);
  if (index < 0)
    throw new AppError("not_found", `The ${what} ${originalId} is no longer in the dataset.`, "Reload the page.");
  return items.map((other, at) => (at === index ? item : other));
}

export function saveCase(datasetId: string, originalId: string | undefined, evalCase: EvalCase): Promise<Dataset> {
  return changeDataset(datasetId, (dataset) => ({
    ...dataset,
    cases: replaceById(dataset.cases, originalId, evalCase, "case"),
  }));
}

/** Adds a case at the end of the dataset under the next free id (case-N). */
export async function appendCase(
  datasetId: string,
  draft: Omit<EvalCase, "id">,
): Promise<{ dataset: Dataset; caseId: string }> {
  let caseId = "";
  const dataset = await changeDataset(datasetId, (current) => {
    caseId = nextCaseId(current);
    return { ...current, cases: [...current.cases, { id: caseId, ...draft }] };
  });
  return { dataset, caseId };
}

export function removeCase(datasetId: string, caseId: string): Promise<Dataset> {
  return changeDataset(datasetId, (dataset) => ({
    ...dataset,
    cases: dataset.cases.filter((item) => item.id !== caseId),
  }));
}

export function saveGrader(datasetId: string, originalId: string | undefined, grader: GraderSpec): Promise<Dataset> {
  return changeDataset(datasetId, (dataset) => ({
    ...dataset,
    graders: replaceById(dataset.graders, originalId, grader, "grader"),
  }));
}

export function removeGrader(datasetId: string, graderId: string): Promise<Dataset> {
  return changeDataset(datasetId, (dataset) => ({
    ...dataset,
    graders: dataset.graders.filter((item) => item.id !== graderId),
  }));
}

/** Adds a run's turn (its user messages, its reply as the expected answer) to a dataset, or to a new one. */
export async function addRunToDataset(
  target: { datasetId?: string; newDatasetName?: string },
  runId: string,
): Promise<{ datasetId: string; caseId: string }> {
  const turn = await readRunTurn(runId);
  if (turn.input.length === 0)
    throw new AppError(
      "invalid_input",
      "That run has no user message to make a case of.",
      "Pick a turn the user started.",
    );
  const datasetId =
    target.datasetId ??
    (await createDataset({ name: target.newDatasetName ?? "New dataset", description: "", gate: 1 })).id;
  const { caseId } = await appendCase(datasetId, {
    input: turn.input,
    ...(turn.reply ? { expected: turn.reply } : {}),
    tags: [],
  });
  return { datasetId, caseId };
}
