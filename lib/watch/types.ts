import type { ChatEvent } from "@/lib/chat/events";
import type { Outgoing } from "@/lib/chat/rows";
import type { TranscriptItem } from "@/lib/chat/transcript";
import type { MemoryBlock } from "@/lib/memory/types";

/** One of an agent's runs as the upstream watch compares them from one poll to the next. */
export interface WatchRun {
  id: string;
  agentId: string | null;
  conversationId: string | null;
  status: string;
}

/** Who sent a turn: the access name of the person, or null ("another tab"). */
export type Sender = string | null;

/**
 * What the ADE's server pushes to every tab viewing an agent, over one stream per tab
 * (`/api/agents/{id}/watch`, server-sent events). The browser folds these into its query cache.
 */
export type WatchEvent =
  /** The stream is open; `resumed` says whether the events missed while away followed (else: re-read). */
  | { type: "hello"; resumed: boolean }
  /** A turn someone sent through the ADE started (`outgoing`), on this agent's `conversationId`. */
  | {
      type: "turn_start";
      turnId: string;
      tabId: string;
      sender: Sender;
      conversationId: string | null;
      outgoing: Outgoing;
    }
  /** One streamed piece of that turn, as the sender's tab receives it. */
  | { type: "turn_event"; turnId: string; event: ChatEvent }
  /** The sender's stream ended. */
  | { type: "turn_end"; turnId: string }
  /**
   * A run's messages, read once the watch saw it start, progress or end (turns sent from outside the ADE);
   * `running` while the run has not ended (Letta saves a step's messages when the step ends).
   */
  | { type: "messages"; conversationId: string | null; runId: string; items: TranscriptItem[]; running: boolean }
  /** The agent's memory blocks changed. */
  | { type: "blocks"; blocks: MemoryBlock[] }
  /** The agent's or its sleep-time agent's runs changed (started, ended). */
  | { type: "runs" }
  /** The agent is gone: the stream ends after this. */
  | { type: "deleted"; message: string };

/** A watch event with its place in the agent's stream on this server (the SSE id a tab resumes from). */
export interface NumberedWatchEvent {
  id: string;
  event: WatchEvent;
}
