import type { BlockChange } from "./changes";
import { expandTabs } from "./tool-effects";

/** A recorded change (a memory tool call or an ADE save), with whatever is known of its before and after. */
export type RecordedChange = Omit<BlockChange, "window" | "beforeBasis" | "afterBasis">;

/** A value of the block the ADE saw, from `firstSeen` until `lastSeen`. */
export interface Snapshot {
  value: string;
  firstSeen: string;
  lastSeen: string;
}

export interface TimelineInput {
  blockId: string;
  label: string;
  /** Recorded changes of this block, in their sources' order (each agent's history oldest first). */
  changes: readonly RecordedChange[];
  snapshots: readonly Snapshot[];
  /** The oldest point of the agent histories read; changes before it may be tool calls not read. */
  historyFrom: string | null;
}

/** The ADE's clock and the Letta server's may differ a little: ADE-side times count as this uncertain. */
const ADE_CLOCK_SLACK_MS = 1_000;
/** Letta's message dates are given to the second: the event happened within that second. */
const COARSE_DATE_MS = 999;

type Event = { lo: number; hi: number; order: number } & (
  { kind: "change"; change: RecordedChange } | { kind: "snapshot"; snapshot: Snapshot }
);

function millis(date: string): number {
  const value = Date.parse(date);
  return Number.isNaN(value) ? 0 : value;
}

function isCoarse(date: string): boolean {
  return /T\d\d:\d\d:\d\d(?![.,]\d)/.test(date);
}

function toEvents(input: TimelineInput): Event[] {
  const events: Event[] = [];
  input.changes.forEach((change, order) => {
    const at = millis(change.at);
    const fromAde = change.source === "ade-save" || change.source === "ade-create";
    const [lo, hi] = fromAde
      ? [at - ADE_CLOCK_SLACK_MS, at + ADE_CLOCK_SLACK_MS]
      : isCoarse(change.at)
        ? [at, at + COARSE_DATE_MS]
        : [at, at];
    events.push({ kind: "change", change, lo, hi, order });
  });
  input.snapshots.forEach((snapshot, index) => {
    const at = millis(snapshot.firstSeen);
    events.push({
      kind: "snapshot",
      snapshot,
      lo: at - ADE_CLOCK_SLACK_MS,
      hi: at + ADE_CLOCK_SLACK_MS,
      order: input.changes.length + index,
    });
  });
  return events.sort((a, b) => a.lo - b.lo || a.order - b.order);
}

/** Equal, allowing for the tab expansion memory_insert and memory_replace apply before editing. */
function same(known: string, value: string): boolean {
  return known === value || expandTabs(known) === value;
}

function applied(event: Event): RecordedChange | null {
  return event.kind === "change" && event.change.outcome === "applied" ? event.change : null;
}

/** The value this event starts from, when it says. */
function startValue(event: Event): string | null {
  return event.kind === "snapshot" ? event.snapshot.value : (applied(event)?.before ?? null);
}

/** Another candidate leads to this event's starting value, so this one should come after it. */
function producedByOther(event: Event, candidates: readonly Event[]): boolean {
  const start = startValue(event);
  return start !== null && candidates.some((other) => other !== event && applied(other)?.after === start);
}

/**
 * The next event: among those that may come first given their time uncertainty, one consistent with the
 * known value (a snapshot showing it, or a change starting from it); otherwise the earliest one that no
 * other candidate leads to.
 */
function pickNext(pending: readonly Event[], known: string | null): Event {
  const minHi = Math.min(...pending.map((event) => event.hi));
  const candidates = pending.filter((event) => event.lo <= minHi);
  if (known !== null) {
    const snapshot = candidates.find((event) => event.kind === "snapshot" && same(known, event.snapshot.value));
    if (snapshot) return snapshot;
    const change = candidates.find((event) => {
      const before = applied(event)?.before;
      return before !== undefined && before !== null && same(known, before);
    });
    if (change) return change;
  }
  const first = candidates.find((event) => !producedByOther(event, candidates)) ?? candidates[0];
  if (!first) throw new Error("pickNext needs at least one pending event");
  return first;
}

function unattributed(
  input: TimelineInput,
  before: string,
  after: string,
  from: string,
  to: string,
  index: number,
): BlockChange {
  const notes = [
    "The ADE saw the value before and after, but no memory tool call or ADE save explains this step; it may be several changes.",
  ];
  if (input.historyFrom && millis(from) < millis(input.historyFrom)) {
    notes.push(
      `It may have happened before ${input.historyFrom}, the oldest agent history the ADE read; a memory tool call there could explain it.`,
    );
  }
  return {
    id: `unattributed:${input.blockId}:${index}`,
    blockId: input.blockId,
    label: input.label,
    at: to,
    window: { from: millis(from) <= millis(to) ? from : to, to },
    author: { kind: "unknown" },
    source: "snapshots",
    tool: null,
    toolCallId: null,
    runId: null,
    stepId: null,
    outcome: "applied",
    summary: "The value changed between two of the ADE's snapshots.",
    error: null,
    before,
    beforeBasis: "exact",
    after,
    afterBasis: "exact",
    notes,
  };
}

/**
 * One block's history, newest first: the recorded changes in an order consistent with the values they
 * start from and lead to, each with its before and after where known, and an unattributed change wherever
 * the known value and the next snapshot or recorded change disagree (never attributed by guess).
 */
export function buildBlockTimeline(input: TimelineInput): BlockChange[] {
  const pending = toEvents(input);
  const out: BlockChange[] = [];
  let known: string | null = null;
  let knownAt = "";
  while (pending.length > 0) {
    const event = pickNext(pending, known);
    pending.splice(pending.indexOf(event), 1);
    if (event.kind === "snapshot") {
      const { value, firstSeen, lastSeen } = event.snapshot;
      if (known !== null && !same(known, value))
        out.push(unattributed(input, known, value, knownAt, firstSeen, out.length));
      if (known === null || !same(known, value)) known = value;
      knownAt = millis(lastSeen) > millis(knownAt) || !knownAt ? lastSeen : knownAt;
      continue;
    }
    const change = event.change;
    if (change.outcome === "failed") {
      out.push({ ...change, window: null, beforeBasis: "unknown", afterBasis: "unknown" });
      continue;
    }
    if (change.outcome === "unknown") {
      out.push({ ...change, window: null, beforeBasis: "unknown", afterBasis: "unknown" });
      known = null;
      knownAt = change.at;
      continue;
    }
    let entry: BlockChange;
    if (change.before !== null) {
      if (known !== null && !same(known, change.before))
        out.push(unattributed(input, known, change.before, knownAt, change.at, out.length));
      const before = known !== null && same(known, change.before) ? known : change.before;
      entry = {
        ...change,
        before,
        window: null,
        beforeBasis: "exact",
        afterBasis: change.after === null ? "unknown" : "exact",
      };
    } else if (known !== null) {
      entry = {
        ...change,
        before: known,
        window: null,
        beforeBasis: "last-known",
        afterBasis: change.after === null ? "unknown" : "exact",
        notes: [
          ...change.notes,
          `Shown against the value the ADE last knew (${knownAt}); a change in between that left no record cannot be ruled out.`,
        ],
      };
    } else {
      entry = {
        ...change,
        window: null,
        beforeBasis: "unknown",
        afterBasis: change.after === null ? "unknown" : "exact",
      };
    }
    out.push(entry);
    known = change.after;
    knownAt = change.at;
  }
  return out.reverse();
}
