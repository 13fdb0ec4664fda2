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
  conversation: conversationId,
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const cancelSchema = z.object({ runIds: z.array(letterId).max(20).default([]), conversationId });

/** The sending tab's id (header `x-ade-tab`), so the watch does not send the tab its own turn. */
export const tabHeaderSchema = letterId.optional();
