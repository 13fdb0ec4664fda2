import { z } from "zod";
import { idSchema } from "@/lib/ids";

const name = z.string().trim().min(1, "Give the conversation a name").max(200);

export const createConversationSchema = z.object({ name: name.optional() });

export const updateConversationSchema = z
  .object({ name: name.optional(), archived: z.boolean().optional() })
  .refine(
    (change) => change.name !== undefined || change.archived !== undefined,
    "Say what to change: name or archived",
  );

export const forkConversationSchema = z.object({
  /** The conversation the message is in; null or absent for the agent's own history. */
  conversationId: idSchema.nullish(),
  messageId: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, "Not a valid message id"),
  name: name.optional(),
});
