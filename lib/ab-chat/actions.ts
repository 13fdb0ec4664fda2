"use server";

import { randomUUID } from "node:crypto";
import { runAction } from "@/lib/actions/run-action";
import type { ActionResult } from "@/lib/actions/result";
import { abChatServerKey, requireAbAgents } from "@/lib/letta/ab-chat";
import { finishReplay, recordReplies } from "./pair";
import {
  addTestMessageInput,
  finishReplayInput,
  pairSchema,
  pickDatasetInput,
  removeTestCaseInput,
  saveReplayRepliesInput,
} from "./schema";
import { addTestMessage, changePairReplay, pickDataset, removeTestCase, startPairReplay } from "./tests";
import type { PairTests } from "./types";

/** Picks the dataset the pair's test messages are read from and saved into (null: none). */
export async function pickDatasetAction(input: unknown): Promise<ActionResult<PairTests>> {
  return runAction(pickDatasetInput, input, async ({ a, b, datasetId }) =>
    pickDataset(await abChatServerKey(), a, b, datasetId),
  );
}

/** Saves a test message as a new case of the pair's dataset (a new dataset when none is picked). */
export async function addTestMessageAction(input: unknown): Promise<ActionResult<PairTests>> {
  return runAction(addTestMessageInput, input, async ({ a, b, text }) =>
    addTestMessage(await abChatServerKey(), await requireAbAgents(a, b), text),
  );
}

export async function removeTestCaseAction(input: unknown): Promise<ActionResult<PairTests>> {
  return runAction(removeTestCaseInput, input, async ({ a, b, caseId }) =>
    removeTestCase(await abChatServerKey(), a, b, caseId),
  );
}

/** Starts a replay of the pair's dataset; the previous replay's replies are dropped. */
export async function startReplayAction(input: unknown): Promise<ActionResult<PairTests>> {
  return runAction(pairSchema, input, async ({ a, b }) => {
    await requireAbAgents(a, b);
    return startPairReplay(await abChatServerKey(), a, b, `replay-${randomUUID()}`, new Date().toISOString());
  });
}

/** Keeps both agents' replies to one message of the running replay. */
export async function saveReplayRepliesAction(input: unknown): Promise<ActionResult<PairTests>> {
  return runAction(saveReplayRepliesInput, input, async ({ a, b, replayId, index, replies }) =>
    changePairReplay(await abChatServerKey(), a, b, (replay) =>
      recordReplies(replay, replayId, index, { [a]: replies.a, [b]: replies.b }),
    ),
  );
}

export async function finishReplayAction(input: unknown): Promise<ActionResult<PairTests>> {
  return runAction(finishReplayInput, input, async ({ a, b, replayId, stopped }) =>
    changePairReplay(await abChatServerKey(), a, b, (replay) =>
      finishReplay(replay, replayId, stopped, new Date().toISOString()),
    ),
  );
}

/** Forgets the latest replay's replies (the dataset stays). */
export async function clearReplayAction(input: unknown): Promise<ActionResult<PairTests>> {
  return runAction(pairSchema, input, async ({ a, b }) => changePairReplay(await abChatServerKey(), a, b, () => null));
}
