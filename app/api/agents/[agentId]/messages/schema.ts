import { z } from "zod";
import { idSchema } from "@/lib/ids";

const letterId = idSchema;

const conversationId = letterId.optional();

export const sendMessageSchema = z.union([
  z.object({
    kind: z.literal("approval"),
    conversationId,
    toolCallId: letterId,
    approve: z.boolean(),
    reason: z.string().trim().max(10_000).optional(),
  }),
  z.object({
    kind: z.literal("message").default("message"),
    conversationId,
    text: z
      .string()
      .refine((text) => text.trim().length > 0, "Type a message first")
      .pipe(z.string().max(100_000)),
    role: z.enum(["user", "system"]).default("user"),
  }),
]);

export const historyQuerySchema = z.object({
  before: letterId.optional(),
  /** Newer messages than this one (oldest first) instead of a page of older ones. */
  after: letterId.optional(),
  /** Asks for newer messages from the start of an empty history (no `after` to give yet). */
  newer: z.enum(["1"]).optional(),
  conversation: conversationId,
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const cancelSchema = z.object({ runIds: z.array(letterId).max(20).default([]), conversationId });
