import { z } from "zod";

export const conversationIdSchema = z.string().trim().min(1).max(200).regex(/^[A-Za-z0-9_-]+$/, "Not a valid conversation id");

const name = z.string().trim().min(1, "Give the conversation a name").max(200);

export const createConversationSchema = z.object({ name: name.optional() });

export const renameConversationSchema = z.object({ name });
