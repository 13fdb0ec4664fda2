import type { TranscriptItem, Turn } from "./transcript";

/** What the user sent to start a turn: a message, or the answer to an approval request. */
export type Outgoing =
  | { kind: "message"; text: string; role: "user" | "system" }
  | { kind: "approval"; toolCallId: string; approve: boolean; reason?: string };

export type TurnStatus = "streaming" | "done" | "stopped";

export interface LiveTurn {
  id: number;
  outgoing: Outgoing;
  turn: Turn;
  status: TurnStatus;
}

/** One row of the virtualized transcript. */
export type ChatRow =
  | { kind: "start"; key: string }
  | { kind: "item"; key: string; item: TranscriptItem }
  | { kind: "footer"; key: string; status: TurnStatus; stopReason: string | null; usage: Turn["usage"]; runIds: string[] };

function outgoingItem(turn: LiveTurn): TranscriptItem {
  const key = `sent:${turn.id}`;
  if (turn.outgoing.kind === "message") return { kind: turn.outgoing.role, key, text: turn.outgoing.text };
  return { kind: "approval_response", key, approve: turn.outgoing.approve, reason: turn.outgoing.reason ?? null };
}

/**
 * Flattens the loaded history (pages newest first, each oldest first) and the turns sent since the page
 * opened into rows, oldest first. A message split across two pages keeps only its first row.
 */
export function buildRows(pages: ReadonlyArray<{ items: TranscriptItem[] }>, turns: readonly LiveTurn[]): ChatRow[] {
  const rows: ChatRow[] = [{ kind: "start", key: "start" }];
  const seen = new Set<string>();
  for (let index = pages.length - 1; index >= 0; index--) {
    for (const item of pages[index]?.items ?? []) {
      if (seen.has(item.key)) continue;
      seen.add(item.key);
      rows.push({ kind: "item", key: `h:${item.key}`, item });
    }
  }
  for (const turn of turns) {
    rows.push({ kind: "item", key: `t${turn.id}:sent`, item: outgoingItem(turn) });
    for (const item of turn.turn.items) {
      if (item.kind !== "user") rows.push({ kind: "item", key: `t${turn.id}:${item.key}`, item });
    }
    rows.push({ kind: "footer", key: `t${turn.id}:footer`, status: turn.status, stopReason: turn.turn.stopReason, usage: turn.turn.usage, runIds: turn.turn.runIds });
  }
  return rows;
}

/** The transcript items of all rows, oldest first. */
export function rowItems(rows: readonly ChatRow[]): TranscriptItem[] {
  return rows.flatMap((row) => (row.kind === "item" ? [row.item] : []));
}
