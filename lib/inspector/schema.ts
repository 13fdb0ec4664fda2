import { z } from "zod";
import { idSchema } from "@/lib/ids";

export const runStatuses = ["created", "running", "completed", "failed", "cancelled"] as const;
export const stopReasons = [
  "end_turn",
  "error",
  "llm_api_error",
  "invalid_llm_response",
  "invalid_tool_call",
  "max_steps",
  "max_tokens_exceeded",
  "no_tool_call",
  "tool_rule",
  "cancelled",
  "requires_approval",
  "context_window_overflow_in_system_prompt",
] as const;
export const feedbackFilters = ["positive", "negative", "any"] as const;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

/** The runs page's filters, as they stand in its URL and in the route's query. */
export const runListQuerySchema = z.object({
  status: optional(z.enum(runStatuses)),
  stopReason: optional(z.enum(stopReasons)),
  feedback: optional(z.enum(feedbackFilters)),
  tag: optional(z.string().trim().max(100)),
  /** Dates (YYYY-MM-DD, or an ISO time): runs created from the start of `from` to the end of `to`. */
  from: optional(z.iso.date().or(z.iso.datetime())),
  to: optional(z.iso.date().or(z.iso.datetime())),
  after: optional(idSchema),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type RunListQuery = z.output<typeof runListQuerySchema>;

/** `to` as a date means the whole of that day. */
export function endOfDay(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T23:59:59.999Z` : date;
}

export const stepFeedbackSchema = z.object({
  stepId: idSchema,
  feedback: z.enum(["positive", "negative"]).nullable(),
  /** Comma-separated in the form; at most 10 tags of 50 characters. */
  tags: z.array(z.string().trim().min(1).max(50)).max(10).default([]),
});
export const previewSchema = z.object({
  agentId: idSchema,
  message: z.string().max(20_000).default("(your next message)"),
});
