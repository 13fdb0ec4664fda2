import "server-only";
import { AppError } from "@/lib/errors";
import { appendCase, removeCase } from "@/lib/evals/datasets";
import { getDataset, requireDataset, saveDatasetIfMissing } from "@/lib/evals/store";
import type { Dataset } from "@/lib/evals/types";
import { pairDatasetId } from "./legacy";
import { pairKey, startReplay } from "./pair";
import { changePair, readPair, type StoredPair } from "./store";
import type { AbAgent, PairTests, Replay, TestDataset } from "./types";

/** The tag every case saved from the A/B chat carries. */
const AB_CHAT_TAG = "ab-chat";

const toTestDataset = (dataset: Dataset): TestDataset => ({
  id: dataset.id,
  name: dataset.name,
  cases: dataset.cases.map((testCase) => ({ id: testCase.id, input: testCase.input })),
});

async function view(stored: StoredPair): Promise<PairTests> {
  const dataset = stored.datasetId ? await getDataset(stored.datasetId) : null;
  return { dataset: dataset ? toTestDataset(dataset) : null, replay: stored.replay };
}

/** The pair's picked dataset (null when none is picked, or it was deleted) and latest replay. */
export async function readPairTests(server: string, a: string, b: string): Promise<PairTests> {
  return view(await readPair(server, a, b));
}

/** The pair's dataset, or an error saying to pick one. */
async function pairDataset(server: string, a: string, b: string): Promise<Dataset> {
  const { datasetId } = await readPair(server, a, b);
  const dataset = datasetId ? await getDataset(datasetId) : null;
  if (!dataset)
    throw new AppError(
      "invalid_input",
      "No dataset is picked for these agents.",
      "Pick a dataset, or save a test message to make one.",
    );
  return dataset;
}

export async function pickDataset(server: string, a: string, b: string, datasetId: string | null): Promise<PairTests> {
  if (datasetId) await requireDataset(datasetId);
  return view(await changePair(server, a, b, (pair) => ({ ...pair, datasetId })));
}

/**
 * Saves a message as a new case (tagged ab-chat) of the pair's dataset; with none picked (or it was deleted), of the
 * pair's own dataset ("A/B chat: A & B", made when missing), which is then picked.
 */
export async function addTestMessage(server: string, agents: [AbAgent, AbAgent], text: string): Promise<PairTests> {
  const [a, b] = agents;
  const draft = { input: [text], tags: [AB_CHAT_TAG] };
  const { datasetId } = await readPair(server, a.id, b.id);
  if (datasetId && (await getDataset(datasetId))) {
    await appendCase(datasetId, draft);
    return readPairTests(server, a.id, b.id);
  }
  const now = new Date().toISOString();
  const own = pairDatasetId(server, pairKey(a.id, b.id));
  await saveDatasetIfMissing({
    id: own,
    name: `A/B chat: ${a.name} & ${b.name}`.slice(0, 200),
    description: `Test messages saved in the A/B chat for ${a.name} (${a.id}) and ${b.name} (${b.id}).`,
    cases: [],
    graders: [],
    gate: 1,
    createdAt: now,
    updatedAt: now,
  });
  await appendCase(own, draft);
  return view(await changePair(server, a.id, b.id, (pair) => ({ ...pair, datasetId: own })));
}

export async function removeTestCase(server: string, a: string, b: string, caseId: string): Promise<PairTests> {
  const dataset = await pairDataset(server, a, b);
  if (!dataset.cases.some((testCase) => testCase.id === caseId))
    throw new AppError(
      "not_found",
      `The case ${caseId} is no longer in ${dataset.name}.`,
      "Reload the page to see its cases.",
    );
  await removeCase(dataset.id, caseId);
  return readPairTests(server, a, b);
}

/** Starts a replay of the pair's dataset (its cases as they are now); the previous replay's replies are dropped. */
export async function startPairReplay(
  server: string,
  a: string,
  b: string,
  id: string,
  now: string,
): Promise<PairTests> {
  const dataset = toTestDataset(await pairDataset(server, a, b));
  const replay = startReplay(dataset, a, b, id, now);
  return view(await changePair(server, a, b, (pair) => ({ ...pair, replay })));
}

/** Changes the pair's latest replay (its replies, its end, or forgetting it). */
export async function changePairReplay(
  server: string,
  a: string,
  b: string,
  change: (replay: Replay | null) => Replay | null,
): Promise<PairTests> {
  return view(await changePair(server, a, b, (pair) => ({ ...pair, replay: change(pair.replay) })));
}
