import { AppError } from "@/lib/errors";
import { REPLAY_MAX_MESSAGES } from "./schema";
import type { Replay, ReplayMessage, SideReply, TestDataset } from "./types";

/**
 * The ADE keeps a pair's picked dataset and latest replay per UNORDERED pair of agents: `/compare/chat?a=X&b=Y`
 * and `?a=Y&b=X` share them. Replies are filed under each agent's id, so either order shows each agent's own.
 */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The messages a replay of the dataset sends: every case's turns, case after case, each case's turns in order. */
export function replayMessages(dataset: TestDataset): ReplayMessage[] {
  return dataset.cases.flatMap((testCase) =>
    testCase.input.map((text, index) => ({
      id: `${testCase.id}-${index + 1}`,
      text,
      caseId: testCase.id,
      turn: index + 1,
      turns: testCase.input.length,
    })),
  );
}

/** A new replay of the dataset's cases, replacing the previous one (only the latest is kept). */
export function startReplay(dataset: TestDataset, a: string, b: string, id: string, now: string): Replay {
  const messages = replayMessages(dataset);
  if (messages.length === 0)
    throw new AppError(
      "invalid_input",
      `The dataset ${dataset.name} has no cases to replay.`,
      "Add a test message first.",
    );
  if (messages.length > REPLAY_MAX_MESSAGES)
    throw new AppError(
      "invalid_input",
      `The dataset ${dataset.name} has ${messages.length} messages; a replay sends at most ${REPLAY_MAX_MESSAGES}.`,
      "Pick a smaller dataset, or run it as an experiment at /evals.",
    );
  const unanswered = () => messages.map(() => null);
  return {
    id,
    datasetId: dataset.id,
    datasetName: dataset.name,
    startedAt: now,
    finishedAt: null,
    stopped: false,
    messages,
    replies: { [a]: unanswered(), [b]: unanswered() },
  };
}

function currentReplay(replay: Replay | null, replayId: string): Replay {
  if (!replay || replay.id !== replayId)
    throw new AppError(
      "conflict",
      "A newer replay of these test messages has started.",
      "Only the latest replay's replies are kept.",
    );
  return replay;
}

/** Files both sides' replies to the message at `index` of the replay, under each agent's id. */
export function recordReplies(
  replay: Replay | null,
  replayId: string,
  index: number,
  replies: Record<string, SideReply>,
): Replay {
  const current = currentReplay(replay, replayId);
  if (index >= current.messages.length)
    throw new AppError("invalid_input", "The replay has no such message.", "Start the replay again.");
  const next: Replay["replies"] = { ...current.replies };
  for (const [agentId, reply] of Object.entries(replies)) {
    const list = (next[agentId] ?? current.messages.map(() => null)).slice();
    list[index] = reply;
    next[agentId] = list;
  }
  return { ...current, replies: next };
}

export function finishReplay(replay: Replay | null, replayId: string, stopped: boolean, now: string): Replay {
  return { ...currentReplay(replay, replayId), finishedAt: now, stopped };
}
