"use server";

import { randomUUID } from "node:crypto";
import { runAction } from "@/lib/actions/run-action";
import type { ActionResult } from "@/lib/actions/result";
import { abChatServerKey, requireAbAgents } from "@/lib/letta/ab-chat";
import {
  addTestMessage,
  finishReplay,
  moveTestMessage,
  recordReplies,
  removeTestMessage,
  startReplay,
  updateTestMessage,
} from "./pair";
import {
  addTestMessageInput,
  finishReplayInput,
  moveTestMessageInput,
  pairSchema,
  removeTestMessageInput,
  saveReplayRepliesInput,
  updateTestMessageInput,
} from "./schema";
import { changePair } from "./store";
import type { PairData } from "./types";

async function change(a: string, b: string, apply: (pair: PairData) => PairData): Promise<PairData> {
  return changePair(await abChatServerKey(), a, b, apply);
}

/** Saves a new test message at the end of the pair's list (both agents must exist). */
export async function addTestMessageAction(input: unknown): Promise<ActionResult<PairData>> {
  return runAction(addTestMessageInput, input, async ({ a, b, text }) => {
    await requireAbAgents(a, b);
    return change(a, b, (pair) => addTestMessage(pair, { id: `test-${randomUUID()}`, text }));
  });
}

export async function updateTestMessageAction(input: unknown): Promise<ActionResult<PairData>> {
  return runAction(updateTestMessageInput, input, ({ a, b, id, text }) =>
    change(a, b, (pair) => updateTestMessage(pair, id, text)),
  );
}

export async function removeTestMessageAction(input: unknown): Promise<ActionResult<PairData>> {
  return runAction(removeTestMessageInput, input, ({ a, b, id }) =>
    change(a, b, (pair) => removeTestMessage(pair, id)),
  );
}

export async function moveTestMessageAction(input: unknown): Promise<ActionResult<PairData>> {
  return runAction(moveTestMessageInput, input, ({ a, b, id, direction }) =>
    change(a, b, (pair) => moveTestMessage(pair, id, direction)),
  );
}

/** Starts a replay of the saved messages; the previous replay's replies are dropped. */
export async function startReplayAction(input: unknown): Promise<ActionResult<PairData>> {
  return runAction(pairSchema, input, async ({ a, b }) => {
    await requireAbAgents(a, b);
    return change(a, b, (pair) => startReplay(pair, a, b, `replay-${randomUUID()}`, new Date().toISOString()));
  });
}

/** Keeps both agents' replies to one message of the running replay. */
export async function saveReplayRepliesAction(input: unknown): Promise<ActionResult<PairData>> {
  return runAction(saveReplayRepliesInput, input, ({ a, b, replayId, index, replies }) =>
    change(a, b, (pair) => recordReplies(pair, replayId, index, { [a]: replies.a, [b]: replies.b })),
  );
}

export async function finishReplayAction(input: unknown): Promise<ActionResult<PairData>> {
  return runAction(finishReplayInput, input, ({ a, b, replayId, stopped }) =>
    change(a, b, (pair) => finishReplay(pair, replayId, stopped, new Date().toISOString())),
  );
}

/** Forgets the latest replay's replies (the test messages stay). */
export async function clearReplayAction(input: unknown): Promise<ActionResult<PairData>> {
  return runAction(pairSchema, input, ({ a, b }) => change(a, b, (pair) => ({ ...pair, replay: null })));
}
