import { z } from "zod";
import { agentNameSchema } from "@/lib/agent-files/agent-name";

export const cloneSchema = z.object({
  name: agentNameSchema,
  includeMessages: z.boolean().default(true),
});
