import { z } from "zod";
import { agentListQuerySchema } from "@/lib/agents/list-query";

export const listAgentsQuerySchema = agentListQuerySchema.extend({
  after: z.preprocess(
    (value) => (Array.isArray(value) ? value[0] : value),
    z.string().trim().min(1).max(200).optional(),
  ),
  limit: z.preprocess(
    (value) => (Array.isArray(value) ? value[0] : value),
    z.coerce.number().int().min(1).max(100).optional(),
  ),
});
