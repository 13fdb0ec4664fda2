/** The ADE's own view of Letta's runs and steps (narrowed in `lib/letta/inspector.ts`). */

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

/** Letta's error for a failed run or step: its message, and the provider's words when it kept them. */
export interface RunError {
  message: string;
  detail: string | null;
}

export type StepFeedback = "positive" | "negative";

export interface RunSummary {
  id: string;
  agentId: string;
  conversationId: string | null;
  status: string;
  stopReason: string | null;
  createdAt: string;
  completedAt: string | null;
  durationMs: number | null;
  stepCount: number;
  usage: TokenUsage;
  /** Feedback given on the run's steps. */
  feedback: { positive: number; negative: number; tags: string[] };
  error: RunError | null;
}

interface StepToolCall {
  id: string | null;
  name: string;
  arguments: string;
  result: { status: "success" | "error"; text: string } | null;
}

export interface StepView {
  id: string;
  /** 1-based position in the run. */
  number: number;
  model: string | null;
  status: string | null;
  stopReason: string | null;
  durationMs: number | null;
  usage: TokenUsage;
  feedback: StepFeedback | null;
  tags: string[];
  /** What the step produced (and, for the first step, the input that started the run). */
  messages: { kind: "user" | "assistant" | "reasoning" | "system"; text: string }[];
  toolCalls: StepToolCall[];
  error: RunError | null;
}

export interface RunDetail {
  run: RunSummary;
  steps: StepView[];
}

/** One step's provider trace: the exact request the model was sent and its response. */
export type StepTrace =
  | { kind: "trace"; stepId: string; createdAt: string | null; request: unknown; response: unknown }
  | { kind: "none"; stepId: string; reason: string };

export interface RunListPage {
  runs: RunSummary[];
  /** Pass as `after` for the next (older) page; null at the end. */
  next: string | null;
  /** How many runs the server listed to find these (filters on date and feedback are applied by the ADE). */
  scanned: number;
}
