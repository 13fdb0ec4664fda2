import { z } from "zod";

/** The one id schema: a Letta id such as `agent-…`, `block-…`, `conv-…`, `group-…`, or a saved connection's id. */
export const idSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, "Not a valid id");
