/**
 * `#steps <n>`: a turn of n model calls (for the inspector's bench and tests): n − 1 tool calls of
 * `conversation_search` (one per step, query `step k of n`), then the usual `Done: …` text. Kept apart
 * from scenario.ts, which calls it before its other rules.
 */
import type { ChatTool, JsonObject } from "./protocol";

const STEPS = /(?:^|\s)#steps(?:\s+(\d+))?\b/i;
const STEPS_DEFAULT = 10;
const STEPS_MAX = 40;
const STEPS_TOOL = "conversation_search";

/**
 * The next tool call of a `#steps` turn, or undefined when the message has no `#steps` or the turn has
 * made its n − 1 calls (the caller then answers with text, which ends the turn).
 */
export function planStep(
  userText: string,
  toolResultsSoFar: number,
  tools: ReadonlyMap<string, ChatTool>,
): { name: string; args: JsonObject } | undefined {
  const match = STEPS.exec(userText);
  if (!match) return undefined;
  const steps = Math.min(Math.max(Number(match[1] ?? STEPS_DEFAULT) || STEPS_DEFAULT, 1), STEPS_MAX);
  if (toolResultsSoFar >= steps - 1 || !tools.has(STEPS_TOOL)) return undefined;
  return { name: STEPS_TOOL, args: { query: `step ${toolResultsSoFar + 1} of ${steps}` } };
}
