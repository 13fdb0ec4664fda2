import { AppError } from "@/lib/errors";
import { TEST_MESSAGES_PER_PAIR } from "./schema";
import type { PairData, Replay, SideReply, TestMessage } from "./types";

/**
 * The ADE keeps test messages per UNORDERED pair of agents: `/compare/chat?a=X&b=Y` and `?a=Y&b=X` share
 * them. Replies are filed under each agent's id, so either order shows each agent's own replies.
 */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export const emptyPair: PairData = { messages: [], replay: null };

function missing(): AppError {
  return new AppError("not_found", "That test message is no longer saved.", "Reload the page to see the saved list.");
}

export function addTestMessage(pair: PairData, message: TestMessage): PairData {
  if (pair.messages.length >= TEST_MESSAGES_PER_PAIR)
    throw new AppError(
      "invalid_input",
      `A pair of agents keeps at most ${TEST_MESSAGES_PER_PAIR} test messages.`,
      "Remove one before adding another.",
    );
  return { ...pair, messages: [...pair.messages, message] };
}

export function updateTestMessage(pair: PairData, id: string, text: string): PairData {
  if (!pair.messages.some((message) => message.id === id)) throw missing();
  return { ...pair, messages: pair.messages.map((message) => (message.id === id ? { ...message, text } : message)) };
}

export function removeTestMessage(pair: PairData, id: string): PairData {
  if (!pair.messages.some((message) => message.id === id)) throw missing();
  return { ...pair, messages: pair.messages.filter((message) => message.id !== id) };
}

/** Moves a message one place up or down; at either end it stays where it is. */
export function moveTestMessage(pair: PairData, id: string, direction: "up" | "down"): PairData {
  const index = pair.messages.findIndex((message) => message.id === id);
  if (index < 0) throw missing();
  const target = direction === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= pair.messages.length) return pair;
  const messages = pair.messages.slice();
  [messages[index], messages[target]] = [messages[target] as TestMessage, messages[index] as TestMessage];
  return { ...pair, messages };
}

/** A new replay of the saved messages, replacing the previous one (only the latest is kept). */
export function startReplay(pair: PairData, a: string, b: string, id: string, now: string): PairData {
  if (pair.messages.length === 0)
    throw new AppError("invalid_input", "There are no test messages to replay.", "Add a test message first.");
  const unanswered = () => pair.messages.map(() => null);
  const replay: Replay = {
    id,
    startedAt: now,
    finishedAt: null,
    stopped: false,
    messages: pair.messages.map((message) => ({ ...message })),
    replies: { [a]: unanswered(), [b]: unanswered() },
  };
  return { ...pair, replay };
}

function currentReplay(pair: PairData, replayId: string): Replay {
  if (!pair.replay || pair.replay.id !== replayId)
    throw new AppError(
      "conflict",
      "A newer replay of these test messages has started.",
      "Only the latest replay's replies are kept.",
    );
  return pair.replay;
}

/** Files both sides' replies to the message at `index` of the replay, under each agent's id. */
export function recordReplies(
  pair: PairData,
  replayId: string,
  index: number,
  replies: Record<string, SideReply>,
): PairData {
  const replay = currentReplay(pair, replayId);
  if (index >= replay.messages.length)
    throw new AppError("invalid_input", "The replay has no such message.", "Start the replay again.");
  const next: Replay["replies"] = { ...replay.replies };
  for (const [agentId, reply] of Object.entries(replies)) {
    const list = (next[agentId] ?? replay.messages.map(() => null)).slice();
    list[index] = reply;
    next[agentId] = list;
  }
  return { ...pair, replay: { ...replay, replies: next } };
}

export function finishReplay(pair: PairData, replayId: string, stopped: boolean, now: string): PairData {
  const replay = currentReplay(pair, replayId);
  return { ...pair, replay: { ...replay, finishedAt: now, stopped } };
}
