import type { TranscriptItem, Turn } from "./transcript";

/** What the user sent to start a turn: a message, or the answer to an approval request. */
export type Outgoing =
  | { kind: "message"; text: string; role: "user" | "system" }
  | { kind: "approval"; toolCallId: string; approve: boolean; reason?: string };

export type TurnStatus = "streaming" | "done" | "stopped";

export interface LiveTurn {
  id: number | string;
  /** When the turn started (ms since the epoch), to order it among messages that arrived from elsewhere. */
  at: number;
  outgoing: Outgoing;
  turn: Turn;
  status: TurnStatus;
  /** When the stream ended (ms since the epoch), for the turn's duration. */
  endedAt?: number;
  /** Set on a turn someone else sent and this page watches: who sent it, as shown ("Sent from another tab"). */
  from?: string;
}

/** Messages that reached the server from elsewhere while the chat was open, one run's worth. */
export interface Arrival {
  at: number;
  runId: string | null;
  items: TranscriptItem[];
  /** The run has not ended yet (its next steps' messages follow). */
  running?: boolean;
}

/** The mark on a turn sent from outside the ADE (the SDK, another client), while it runs and after. */
function outsideLabel(running: boolean): string {
  return running ? "Sent from outside the ADE: running…" : "Sent from outside the ADE";
}

/** One row of the virtualized transcript. */
export type ChatRow =
  | { kind: "start"; key: string }
  | { kind: "item"; key: string; item: TranscriptItem }
  /** The end of a turn loaded from history (or that arrived from elsewhere): its run, to show and inspect. */
  | { kind: "run"; key: string; runId: string }
  | {
      kind: "footer";
      key: string;
      status: TurnStatus;
      stopReason: string | null;
      usage: Turn["usage"];
      runIds: string[];
    };

function outgoingItem(turn: LiveTurn): TranscriptItem {
  const key = `sent:${turn.id}`;
  if (turn.outgoing.kind === "message") return { kind: turn.outgoing.role, key, text: turn.outgoing.text };
  return { kind: "approval_response", key, approve: turn.outgoing.approve, reason: turn.outgoing.reason ?? null };
}

/**
 * Flattens the loaded history (pages newest first, each oldest first), then the turns sent since the page
 * opened and the messages that arrived from elsewhere, in the order they came, into rows, oldest first.
 * A message is shown once: one split across two pages keeps its first row, and arrivals that belong to a
 * run this page streamed (or that are already shown) are left out.
 */
export function buildRows(
  pages: ReadonlyArray<{ items: TranscriptItem[] }>,
  turns: readonly LiveTurn[],
  arrivals: readonly Arrival[] = [],
): ChatRow[] {
  const rows: ChatRow[] = [{ kind: "start", key: "start" }];
  const seen = new Set<string>();
  const history: TranscriptItem[] = [];
  for (let index = pages.length - 1; index >= 0; index--) {
    for (const item of pages[index]?.items ?? []) {
      if (seen.has(item.key)) continue;
      seen.add(item.key);
      history.push(item);
    }
  }
  const runRows = new Set<string>();
  const endRun = (runId: string | undefined) => {
    if (!runId || runRows.has(runId)) return;
    runRows.add(runId);
    rows.push({ kind: "run", key: `run:${runId}`, runId });
  };
  history.forEach((item, index) => {
    rows.push({ kind: "item", key: `h:${item.key}`, item });
    if (item.runId && history[index + 1]?.runId !== item.runId) endRun(item.runId);
  });
  const streamedRuns = new Set(turns.flatMap((turn) => turn.turn.runIds));
  const live = [
    ...turns.map((turn) => ({ at: turn.at, turn })),
    ...arrivals.map((arrival) => ({ at: arrival.at, arrival })),
  ].sort((a, b) => a.at - b.at);
  for (const entry of live) {
    if ("arrival" in entry) {
      const { runId, running = false } = entry.arrival;
      if (runId && streamedRuns.has(runId)) continue;
      if (runId && (running || entry.arrival.items.some((item) => !seen.has(item.key))))
        rows.push({
          kind: "item",
          key: `outside:${runId}`,
          item: { kind: "event", key: `outside:${runId}`, text: outsideLabel(running) },
        });
      for (const item of entry.arrival.items) {
        if (seen.has(item.key)) continue;
        seen.add(item.key);
        rows.push({ kind: "item", key: `h:${item.key}`, item });
      }
      if (entry.arrival.runId && entry.arrival.items.length > 0) endRun(entry.arrival.runId);
      continue;
    }
    const { turn } = entry;
    if (turn.from)
      rows.push({
        kind: "item",
        key: `t${turn.id}:from`,
        item: { kind: "event", key: `from:${turn.id}`, text: turn.from },
      });
    rows.push({ kind: "item", key: `t${turn.id}:sent`, item: outgoingItem(turn) });
    for (const item of turn.turn.items) {
      seen.add(item.key);
      if (item.kind !== "user") rows.push({ kind: "item", key: `t${turn.id}:${item.key}`, item });
    }
    rows.push({
      kind: "footer",
      key: `t${turn.id}:footer`,
      status: turn.status,
      stopReason: turn.turn.stopReason,
      usage: turn.turn.usage,
      runIds: turn.turn.runIds,
    });
  }
  return rows;
}

/** The transcript items of all rows, oldest first. */
export function rowItems(rows: readonly ChatRow[]): TranscriptItem[] {
  return rows.flatMap((row) => (row.kind === "item" ? [row.item] : []));
}
