import type { RunTrigger } from "./types";
import { parseServerTime } from "./time";

export interface MainRun {
  id: string;
  createdAt: string;
  completedAt: string | null;
}

export interface TurnMessage {
  id: string;
  text: string;
}

/** Letta creates the sleep-time run just before it marks the main run completed; allow for clock rounding. */
const FINISH_SLACK_MS = 1_000;

/**
 * The main agent's turn that started a sleep-time run. Letta records no link between the two runs, so
 * the turn is the latest main run created before the sleep-time run; it is an exact match only when the
 * sleep-time run was created while that turn was finishing and the transcript Letta handed the sleep-time
 * agent holds the turn's user message.
 */
export function findTrigger(
  sleeptimeCreatedAt: string,
  mainRuns: readonly MainRun[],
  userMessages: ReadonlyMap<string, TurnMessage>,
  transcript: string | null,
): RunTrigger | null {
  const created = parseServerTime(sleeptimeCreatedAt);
  let best: MainRun | undefined;
  for (const run of mainRuns) {
    const start = parseServerTime(run.createdAt);
    if (Number.isNaN(start) || start > created) continue;
    if (!best || start > parseServerTime(best.createdAt)) best = run;
  }
  if (!best) return null;
  const message = userMessages.get(best.id) ?? null;
  const finishedAfter = best.completedAt === null || created <= parseServerTime(best.completedAt) + FINISH_SLACK_MS;
  const inTranscript = message !== null && transcript !== null && transcriptHoldsUserText(transcript, message.text);
  return {
    mainRunId: best.id,
    at: new Date(parseServerTime(best.createdAt)).toISOString(),
    userMessageId: message?.id ?? null,
    userText: message?.text ?? null,
    match: finishedAfter && inTranscript ? "exact" : "time",
  };
}

/** The conversation part (`Messages:` onwards) of the prompt Letta sends a sleep-time agent. */
export function transcriptOf(prompt: string): string | null {
  const marker = "Messages:\n";
  const index = prompt.lastIndexOf(marker);
  return index < 0 ? null : prompt.slice(index + marker.length);
}

export function transcriptHoldsUserText(transcript: string, text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed) return false;
  return transcript
    .split("\n")
    .some((line) => line.startsWith("user: ") && line.slice("user: ".length).trim() === trimmed.split("\n")[0]?.trim());
}
