import { z } from "zod";

export const agentIdSchema = z.string().trim().min(1).max(200).regex(/^[A-Za-z0-9_-]+$/, "Not a valid agent id");

export const sendMessageSchema = z.object({
  text: z.string().refine((text) => text.trim().length > 0, "Type a message first").pipe(z.string().max(100_000)),
  role: z.enum(["user", "system"]).default("user"),
});
