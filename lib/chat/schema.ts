import { z } from "zod";
import { idSchema, idsOnly, withIds } from "@/lib/ids";

const name = z.string().trim().min(1, "Give the conversation a name").max(200);

const createConversationSchema = z.object({ name: name.optional() });
export const createConversationInput = withIds(["agentId"], createConversationSchema);

const updateConversationSchema = z
  .object({ name: name.optional(), archived: z.boolean().optional() })
  .refine(
    (change) => change.name !== undefined || change.archived !== undefined,
    "Say what to change: name or archived",
  );
export const updateConversationInput = withIds(["agentId", "conversationId"], updateConversationSchema);

const forkConversationSchema = z.object({
  /** The conversation the message is in; null or absent for the agent's own history. */
  conversationId: idSchema.nullish(),
  messageId: idSchema,
  name: name.optional(),
});
export const forkConversationInput = withIds(["agentId"], forkConversationSchema);

export const resetMessagesInput = idsOnly("agentId");
