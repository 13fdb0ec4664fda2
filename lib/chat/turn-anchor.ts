import type { ChatRow } from "./rows";

const TURN_HASH = /^#turn-([A-Za-z0-9_-]{1,200})$/;

/** The run a chat link points at (`#turn-<run id>`, as the runs page writes it), or null. */
export function turnFromHash(hash: string): string | null {
  return TURN_HASH.exec(hash)?.[1] ?? null;
}

/** The chat's link to the turn of a run: the agent page (in the run's conversation) with the turn's anchor. */
export function turnHref(agentId: string, runId: string, conversationId: string | null): string {
  const query = conversationId ? `?conversation=${encodeURIComponent(conversationId)}` : "";
  return `/agents/${encodeURIComponent(agentId)}${query}#turn-${runId}`;
}

/** The turn a live row belongs to (`t<id>:…` keys), or null for rows loaded from history. */
const liveTurnOf = (row: ChatRow) => /^t(\d+):/.exec(row.key)?.[1] ?? null;

function rowMentions(row: ChatRow, runId: string): boolean {
  if (row.kind === "item") return row.item.runId === runId;
  if (row.kind === "run") return row.runId === runId;
  if (row.kind === "footer") return row.runIds.includes(runId);
  return false;
}

/**
 * The rows of a run's turn in the transcript: the first (where the view goes and focus lands) and the keys
 * of all of them (to highlight). A turn streamed in this page knows its run only at its footer, so all of
 * that turn's rows count. Null when none of the loaded rows belong to the run.
 */
export function turnRows(rows: readonly ChatRow[], runId: string): { first: number; keys: Set<string> } | null {
  const keys = new Set<string>();
  const liveTurns = new Set<string>();
  for (const row of rows) {
    if (!rowMentions(row, runId)) continue;
    keys.add(row.key);
    const live = liveTurnOf(row);
    if (live) liveTurns.add(live);
  }
  if (liveTurns.size > 0)
    for (const row of rows) {
      const live = liveTurnOf(row);
      if (live && liveTurns.has(live)) keys.add(row.key);
    }
  const first = rows.findIndex((row) => keys.has(row.key));
  return first < 0 ? null : { first, keys };
}
