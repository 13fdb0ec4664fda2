import type { z } from "zod";
import type { replyPartSchema, sideReplySchema } from "./schema";

export interface TestMessage {
  id: string;
  text: string;
}

export type ReplyPart = z.infer<typeof replyPartSchema>;
export type SideReply = z.infer<typeof sideReplySchema>;

/** The latest replay of a pair's test messages: the messages as they were sent and each agent's replies. */
export interface Replay {
  id: string;
  startedAt: string;
  /** Set when the replay ended (every message answered, or stopped). */
  finishedAt: string | null;
  stopped: boolean;
  messages: TestMessage[];
  /** Per agent id, one reply per message (null: not answered yet). */
  replies: Record<string, Array<SideReply | null>>;
}

/** What the ADE keeps for one pair of agents. */
export interface PairData {
  messages: TestMessage[];
  replay: Replay | null;
}

/** What the A/B page shows of each agent. */
export interface AbAgent {
  id: string;
  name: string;
  model: string | null;
}
