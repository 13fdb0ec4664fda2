// The evals contract: datasets, graders, and what an experiment records. The graders
// (lib/evals/graders/), the letta-evals mapping (lib/evals/letta-evals/), the runner, the store and the
// pages all speak these types; change them here, in one place.
import { z } from "zod";
import { idSchema } from "@/lib/ids";

export const evalIdSchema = idSchema;

/** One case: the turns sent (one message, or several in order), what should come back, and its set-up. */
export const evalCaseSchema = z.object({
  id: evalIdSchema,
  /** The user messages of the case, sent one turn after another on the same copy. */
  input: z.array(z.string().min(1, "A message cannot be empty").max(20_000)).min(1, "A case needs a message"),
  /** The expected answer ("ground truth"): what reply graders without a value of their own compare with. */
  expected: z.string().max(20_000).optional(),
  /** Block values set on the agent's copy before the case runs, by block label. */
  startingMemory: z.record(z.string().min(1).max(50), z.string().max(100_000)).optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
});

/** Which text of a turn a reply grader reads. */
const replyTargetSchema = z.discriminatedUnion("from", [
  z.object({ from: z.literal("last_assistant") }),
  z.object({ from: z.literal("all_assistant") }),
  /** The text after the last occurrence of the marker in the last assistant message ("ANSWER:"). */
  z.object({ from: z.literal("after_marker"), marker: z.string().min(1).max(200) }),
]);

const graderBase = {
  id: evalIdSchema,
  name: z.string().trim().min(1).max(100),
  /** The grader's share of the case's score (weighted mean). */
  weight: z.number().positive().max(100).default(1),
  /** The score (0 to 1) at or above which the grader passes. */
  threshold: z.number().min(0).max(1).default(1),
};

/** A pattern text: compiled as a regular expression (RE2 syntax, linear-time: graders/safe-pattern.ts) when `match` is "regex". */
const matchSchema = z.enum(["exact", "contains", "regex"]);

export const graderSpecSchema = z.discriminatedUnion("kind", [
  z.object({
    ...graderBase,
    kind: z.literal("reply"),
    match: matchSchema,
    /** Compared with the reply; when absent, the case's `expected` is used. */
    value: z.string().max(20_000).optional(),
    caseSensitive: z.boolean().default(false),
    target: replyTargetSchema.default({ from: "last_assistant" }),
  }),
  z.object({
    ...graderBase,
    kind: z.literal("tool_called"),
    tool: z.string().trim().min(1).max(200),
    /** Each named argument's JSON-encoded value must match this regular expression. */
    arguments: z.record(z.string().min(1).max(200), z.string().max(2_000)).default({}),
  }),
  z.object({
    ...graderBase,
    kind: z.literal("tool_output"),
    /** Only this tool's returns; any tool's when absent. */
    tool: z.string().trim().min(1).max(200).optional(),
    match: matchSchema,
    /** Compared with each output; when absent, the case's `expected` is used (letta-evals' tool_output extractor). */
    value: z.string().max(20_000).optional(),
    caseSensitive: z.boolean().default(false),
  }),
  z.object({
    ...graderBase,
    kind: z.literal("memory"),
    label: z.string().trim().min(1).max(50),
    match: matchSchema,
    /** Compared with the block's value; when absent, the case's `expected` is used. */
    value: z.string().max(100_000).optional(),
    caseSensitive: z.boolean().default(false),
    /** Read the block after the sleep-time agent's run for the case's last turn has ended. */
    afterSleeptime: z.boolean().default(false),
  }),
  z.object({
    ...graderBase,
    kind: z.literal("model_judge"),
    rubric: z.string().trim().min(1).max(20_000),
    /** A model handle the server offers; the agent's own model when absent. */
    model: z.string().trim().min(1).max(200).optional(),
    target: replyTargetSchema.default({ from: "last_assistant" }),
  }),
]);

export const datasetSchema = z.object({
  id: evalIdSchema,
  name: z.string().trim().min(1, "A dataset needs a name").max(200),
  description: z.string().max(5_000).default(""),
  cases: z.array(evalCaseSchema).max(10_000),
  graders: z.array(graderSpecSchema).max(50),
  /** The pass rate (0 to 1) an experiment must reach; `npm run eval` exits non-zero below it. */
  gate: z.number().min(0).max(1).default(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type EvalCase = z.infer<typeof evalCaseSchema>;
export type ReplyTarget = z.infer<typeof replyTargetSchema>;
export type GraderSpec = z.infer<typeof graderSpecSchema>;
export type GraderKind = GraderSpec["kind"];
export type Dataset = z.infer<typeof datasetSchema>;

/** What one turn of a case left behind, as the graders read it (from Letta's stored messages). */
export type TraceMessage =
  | { type: "assistant"; text: string }
  | { type: "reasoning"; text: string }
  | { type: "tool_call"; toolCallId: string; name: string; arguments: Record<string, unknown> | string }
  | { type: "tool_return"; toolCallId: string; name: string | null; status: "success" | "error"; output: string };

export interface CaseTrace {
  /** Every message of the case's turns, in order, the user's messages left out. */
  messages: TraceMessage[];
  /** Block values by label once the last turn ended. */
  blocks: Record<string, string>;
  /** Block values once the sleep-time agent's run for the last turn ended (null: no sleep-time run). */
  blocksAfterSleeptime: Record<string, string> | null;
}

/** One grader's verdict: always a score, pass or fail, and a reason a person can read. */
export interface Grade {
  graderId: string;
  score: number;
  passed: boolean;
  reason: string;
  /** The grader could not grade (a pattern that does not compile, a judge that failed or answered malformed JSON). */
  errored?: boolean;
}

export interface TokenUsage {
  prompt: number;
  completion: number;
  total: number;
}

type CaseStatus = "pending" | "running" | "passed" | "failed" | "errored" | "cancelled";

/** One case run on one agent's copy. */
export interface CaseResult {
  experimentId: string;
  caseId: string;
  /** The agent the copy was made from. */
  agentId: string;
  /** The fresh copy the case ran on (null before it was made). */
  copyAgentId: string | null;
  copyKept: boolean;
  status: CaseStatus;
  /** The last assistant message of the last turn. */
  reply: string | null;
  trace: CaseTrace | null;
  grades: Grade[];
  /** Weighted mean of the grades' scores (null until graded). */
  score: number | null;
  usage: TokenUsage | null;
  latencyMs: number | null;
  runIds: string[];
  /** Why the case errored (a Letta error, a time-out). */
  error: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}

export type ExperimentStatus = "queued" | "running" | "done" | "cancelled" | "failed";

export interface Experiment {
  id: string;
  datasetId: string;
  /** The dataset as it was when the experiment started (cases and graders). */
  dataset: Dataset;
  agentIds: string[];
  concurrency: number;
  /** Keep the copies: never (failed cases' copies are still kept), or always. */
  keepCopies: boolean;
  status: ExperimentStatus;
  createdAt: string;
  finishedAt: string | null;
}

/** Per agent in an experiment. */
export interface ExperimentSummary {
  agentId: string;
  cases: number;
  passed: number;
  failed: number;
  errored: number;
  passRate: number;
  meanScoreByGrader: Record<string, number>;
  usage: TokenUsage;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  /** In US dollars, where the model lists prices; null otherwise. */
  costUsd: number | null;
}
