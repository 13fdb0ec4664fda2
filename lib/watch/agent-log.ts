import type { NumberedWatchEvent, WatchEvent } from "./types";

type TurnEvent = Extract<WatchEvent, { type: "turn_start" | "turn_event" | "turn_end" }>;
type TurnStart = Extract<WatchEvent, { type: "turn_start" }>;

interface ActiveTurn {
  start: TurnStart;
  events: TurnEvent[];
  at: number;
}

/** Turns whose end never arrived (their server stopped) are dropped after this long. */
const TURN_TTL_MS = 15 * 60_000;

/**
 * One agent's events on this server: numbered in order, the newest `capacity` kept so that a tab that
 * lost its stream resumes where it stopped, and the turns still streaming kept whole so that a tab
 * opened mid-turn sees the turn so far.
 */
export class AgentLog {
  private seq = 0;
  private readonly entries: NumberedWatchEvent[] = [];
  private readonly turns = new Map<string, ActiveTurn>();

  constructor(
    private readonly instance: string,
    private readonly capacity = 2_000,
  ) {}

  append(event: WatchEvent, now = Date.now()): NumberedWatchEvent {
    this.trackTurn(event, now);
    const numbered = { id: `${this.instance}.${++this.seq}`, event };
    this.entries.push(numbered);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    return numbered;
  }

  /** The id of the newest event (what a tab that has seen everything resumes from). */
  lastId(): string {
    return `${this.instance}.${this.seq}`;
  }

  /** The events after `lastId`, or null when they can no longer be told (another server, or too old). */
  since(lastId: string): NumberedWatchEvent[] | null {
    const [instance, number] = lastId.split(".");
    const seq = Number(number);
    if (instance !== this.instance || !Number.isInteger(seq) || seq > this.seq) return null;
    if (seq === this.seq) return [];
    const first = this.entries[0];
    const firstSeq = first ? Number(first.id.split(".")[1]) : this.seq + 1;
    if (seq < firstSeq - 1) return null;
    return this.entries.slice(seq - firstSeq + 1);
  }

  /** The turns streaming now, each as its start and every piece so far (for a tab that just opened). */
  activeTurns(now = Date.now()): TurnEvent[] {
    this.forgetStale(now);
    return [...this.turns.values()].flatMap((turn) => [turn.start, ...turn.events]);
  }

  hasActiveTurns(): boolean {
    return this.turns.size > 0;
  }

  /** Whether a turn streaming now has not yet said which run it is (a run seen upstream may be its). */
  awaitsRun(now = Date.now()): boolean {
    this.forgetStale(now);
    for (const turn of this.turns.values())
      if (!turn.events.some((piece) => piece.type === "turn_event" && piece.event.type === "run")) return true;
    return false;
  }

  private forgetStale(now: number): void {
    for (const [turnId, turn] of this.turns) if (now - turn.at > TURN_TTL_MS) this.turns.delete(turnId);
  }

  private trackTurn(event: WatchEvent, now: number): void {
    if (event.type === "turn_start") this.turns.set(event.turnId, { start: event, events: [], at: now });
    else if (event.type === "turn_event") this.turns.get(event.turnId)?.events.push(event);
    else if (event.type === "turn_end") this.turns.delete(event.turnId);
  }
}
