import { z } from "zod";

export const cloneSchema = z.object({
  name: z.string().trim().min(1, "Give the copy a name").max(200),
  includeMessages: z.boolean().default(true),
});
