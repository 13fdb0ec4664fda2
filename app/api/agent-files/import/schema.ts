import { z } from "zod";

const handle = z.string().trim().min(1).max(300).optional();
const flag = z
  .enum(["true", "false"])
  .default("false")
  .transform((value) => value === "true");

/** Import options travel in the query string; the request body is the agent file itself. */
export const importQuerySchema = z.object({
  name: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((name) => name || undefined),
  model: handle,
  embedding: handle,
  stripMessages: flag,
  overwriteTools: flag,
  enableSleeptime: flag,
});
