import { z } from "zod";

export { updateAgentSchema } from "@/lib/agents/create-schema";

export const agentIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, "Not a valid agent id");
