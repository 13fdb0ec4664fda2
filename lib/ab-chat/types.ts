import type { z } from "zod";
import type { replyPartSchema, sideReplySchema } from "./schema";

export type ReplyPart = z.infer<typeof replyPartSchema>;
export type SideReply = z.infer<typeof sideReplySchema>;

/**
 * One message of a replay as it was sent: a case's input, one per turn (a case of several turns gives several,
 * in order). `caseId`, `turn` and `turns` are absent in replays kept before the test messages became datasets.
 */
export interface ReplayMessage {
  id: string;
  text: string;
  caseId?: string;
  /** 1-based turn of the case, and how many turns the case has. */
  turn?: number;
  turns?: number;
}

/** The latest replay of a dataset's cases on a pair of agents: the messages as they were sent and each agent's replies. */
export interface Replay {
  id: string;
  /** The dataset replayed, as it was named then. */
  datasetId?: string;
  datasetName?: string;
  startedAt: string;
  /** Set when the replay ended (every message answered, or stopped). */
  finishedAt: string | null;
  stopped: boolean;
  messages: ReplayMessage[];
  /** Per agent id, one reply per message (null: not answered yet). */
  replies: Record<string, Array<SideReply | null>>;
}

/** A dataset's case as the A/B chat replays it: its turns, in order. */
export interface TestCase {
  id: string;
  input: string[];
}

/** The dataset picked for a pair of agents, as the A/B chat shows it. */
export interface TestDataset {
  id: string;
  name: string;
  cases: TestCase[];
}

/** What the A/B chat keeps for one pair of agents: the dataset it replays (null: none picked) and the latest replay. */
export interface PairTests {
  dataset: TestDataset | null;
  replay: Replay | null;
}

/** What the A/B page shows of each agent. */
export interface AbAgent {
  id: string;
  name: string;
  model: string | null;
}
