import type { TranscriptItem } from "./transcript";

/** One page of an agent's history as the ADE's route answers it. */
export interface HistoryPage {
  /** Oldest first. */
  items: TranscriptItem[];
  /** Pass as `before` to get the next older page; null when this page reached the start. */
  before: string | null;
  /** The id of the newest message listed, from which newer messages are asked for; null when empty. */
  newest: string | null;
}

/** Messages newer than a known one, grouped by the run that made them (so a turn shown live can be skipped). */
export interface HistoryTail {
  groups: { runId: string | null; items: TranscriptItem[] }[];
  /** The newest message listed (the next `after`), or the one asked after when nothing is new. */
  newest: string | null;
  /** True when the server has more than this answer held. */
  more: boolean;
}
