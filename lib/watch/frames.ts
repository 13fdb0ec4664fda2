/**
 * Splits a carrier message into frames that each fit a Postgres notification (8000 bytes at most), and
 * joins them again on arrival. A frame is `<message id> <index> <count> <part>`; parts are cut between
 * UTF-16 code units without splitting a surrogate pair, at most `partUnits` units (3 bytes each in UTF-8).
 */
const PART_UNITS = 2_400;

export function toFrames(id: string, message: string, partUnits = PART_UNITS): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < message.length || parts.length === 0) {
    let end = Math.min(start + partUnits, message.length);
    const last = message.charCodeAt(end - 1);
    if (end < message.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parts.push(message.slice(start, end));
    start = end;
  }
  return parts.map((part, index) => `${id} ${index} ${parts.length} ${part}`);
}

/** Gathers frames by message id; calls `deliver` with each whole message. Incomplete messages expire. */
export function frameJoiner(deliver: (message: string) => void, ttlMs = 60_000) {
  const pending = new Map<string, { parts: string[]; received: number; at: number }>();
  return (frame: string, now = Date.now()) => {
    const match = /^(\S+) (\d+) (\d+) ([\s\S]*)$/.exec(frame);
    if (!match) return;
    const [, id = "", indexText = "", countText = "", part = ""] = match;
    const index = Number(indexText);
    const count = Number(countText);
    if (count === 1) return deliver(part);
    for (const [key, entry] of pending) if (now - entry.at > ttlMs) pending.delete(key);
    const entry = pending.get(id) ?? { parts: new Array<string>(count).fill(""), received: 0, at: now };
    pending.set(id, entry);
    entry.parts[index] = part;
    entry.received += 1;
    if (entry.received === count) {
      pending.delete(id);
      deliver(entry.parts.join(""));
    }
  };
}
