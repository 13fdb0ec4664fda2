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
