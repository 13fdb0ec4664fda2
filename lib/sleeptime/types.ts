import type { DiffPart } from "@/lib/memory/diff";

/** The app's own view types for sleep-time, built in lib/letta/sleeptime.ts and shown in the browser. */

export interface SleeptimeAgentView {
  id: string;
  name: string;
  model: string | null;
}

export interface SleeptimeSettings {
  /** The main agent's `enable_sleeptime` flag: whether its turns start the sleep-time agent. */
  enabled: boolean;
  /** The sleep-time group, which stays on the server when sleep-time is switched off. */
  group: { id: string; frequency: number | null; turnsCounter: number | null } | null;
  sleeptimeAgent: SleeptimeAgentView | null;
  /** Set when this agent is itself a sleep-time agent: the group it belongs to and the agent it works for. */
  worksFor: { groupId: string; mainAgent: { id: string; name: string | null } | null } | null;
}

export type RunStatus = "created" | "running" | "completed" | "failed" | "cancelled";

/** The main agent's turn that started a sleep-time run. */
export interface RunTrigger {
  mainRunId: string;
  /** When the main agent's turn started (ISO, UTC). */
  at: string;
  /** The user message that started the turn, when the main agent's recent history still holds it. */
  userMessageId: string | null;
  userText: string | null;
  /**
   * "exact": the sleep-time run was created while that turn was finishing (Letta starts it in the same
   * request) and the transcript it received holds the turn's message. "time": matched by timing alone.
   */
  match: "exact" | "time";
}

export interface SleeptimeRunSummary {
  id: string;
  status: RunStatus;
  createdAt: string;
  completedAt: string | null;
  stopReason: string | null;
  trigger: RunTrigger | null;
}

export interface ToolCallView {
  id: string;
  name: string;
  arguments: string;
  status: "success" | "error" | null;
  result: string | null;
}

export interface BlockEdit {
  toolCallId: string;
  label: string;
  tool: string;
  applied: boolean;
  /** The block's value before the edit, when it can be worked out from the call and its result. */
  before: string | null;
  after: string | null;
  diff: DiffPart[];
}

interface SleeptimeRunDetail {
  /** The conversation transcript Letta handed the sleep-time agent (its `Messages:` part). */
  transcript: string | null;
  toolCalls: ToolCallView[];
  edits: BlockEdit[];
}

export interface SleeptimeRunView extends SleeptimeRunSummary {
  detail: SleeptimeRunDetail;
}

export interface SleeptimeActivity {
  /** Null when the agent has no sleep-time agent. */
  sleeptimeAgentId: string | null;
  /** Newest first. */
  runs: SleeptimeRunView[];
}
