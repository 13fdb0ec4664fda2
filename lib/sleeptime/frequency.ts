/** Letta stores the frequency in a 32-bit integer column. */
export const MAX_FREQUENCY = 2_147_483_647;

export type FrequencyResult = { ok: true; value: number } | { ok: false; error: string };

/** Reads "every N turns" as typed: a whole number of at least 1. */
export function parseFrequency(text: string): FrequencyResult {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, error: "Enter how many turns, a whole number of at least 1." };
  if (!/^[+-]?\d+$/.test(trimmed))
    return { ok: false, error: "The frequency must be a whole number (no decimals, letters or spaces)." };
  const value = Number(trimmed);
  if (value < 1)
    return { ok: false, error: "The frequency must be at least 1 (1 runs the sleep-time agent after every turn)." };
  if (value > MAX_FREQUENCY) return { ok: false, error: `The frequency can be at most ${MAX_FREQUENCY}.` };
  return { ok: true, value };
}
