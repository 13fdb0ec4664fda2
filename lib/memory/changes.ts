/**
 * The memory timeline's view types, shared by lib/letta (which builds them), the memory panel and the
 * sleep-time activity panel (the blocks a sleep-time run changed: filter a timeline by `runId`).
 */

export type ChangeAuthor =
  | { kind: "ade-user" }
  /** "agent" is the agent whose page this is; "other agent" another agent sharing the block. */
  | { kind: "agent" | "sleep-time agent" | "other agent"; agentId: string; agentName: string }
  /** Changed outside the ADE (an API client, another tool) or by an author nobody recorded. */
  | { kind: "unknown" };

/**
 * How a value is known: `exact` (reconstructed from the tool's arguments and return, read from the
 * server by the ADE, or an observed snapshot), `last-known` (the value the ADE last knew before this
 * change; an unrecorded change in between cannot be ruled out), or `unknown`.
 */
type ValueBasis = "exact" | "last-known" | "unknown";

export interface BlockChange {
  id: string;
  blockId: string;
  label: string;
  /** When it happened; for an unattributed change, when it was noticed (see `window`). */
  at: string;
  /** Unattributed changes only: it happened after `from` and by `to`. */
  window: { from: string; to: string } | null;
  author: ChangeAuthor;
  source: "tool-call" | "ade-save" | "ade-create" | "snapshots";
  /** The memory tool, for tool calls. */
  tool: string | null;
  toolCallId: string | null;
  runId: string | null;
  stepId: string | null;
  /** A tool call's result: "unknown" when the history holds no return for it. */
  outcome: "applied" | "failed" | "unknown";
  /** What the change asked for, in words (from a tool's arguments, or of a save). */
  summary: string;
  /** The tool's error message when it failed. */
  error: string | null;
  before: string | null;
  beforeBasis: ValueBasis;
  after: string | null;
  afterBasis: ValueBasis;
  /** Anything the reader must know to trust the diff (e.g. why a value is not known exactly). */
  notes: string[];
}

interface BlockTimeline {
  blockId: string;
  label: string;
  /** The ADE's oldest kept snapshot of the block: changes outside the ADE before this are not known. */
  watchedSince: string | null;
  /** Changes, newest first. */
  changes: BlockChange[];
}

export interface MemoryTimeline {
  blocks: BlockTimeline[];
  /** Agents whose memory tool calls were read, and from when (null: their whole history). */
  sources: {
    agentId: string;
    agentName: string;
    kind: "agent" | "sleep-time agent" | "other agent";
    historyFrom: string | null;
  }[];
}

export function authorName(author: ChangeAuthor): string {
  switch (author.kind) {
    case "ade-user":
      return "you, in the ADE";
    case "unknown":
      return "unattributed: changed outside the ADE or by an unknown author";
    default:
      return `${author.agentName} (${author.kind})`;
  }
}
