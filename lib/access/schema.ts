import { z } from "zod";
import { MAX_ACCESS_NAME } from "./public";

export const loginSchema = z.object({
  password: z.string().min(1, "Enter the access password").max(1_000, "That is too long for the access password"),
  /** Optional: shown to the others watching a turn this person sends ("Sent by <name>"). */
  name: z
    .string()
    .trim()
    .max(MAX_ACCESS_NAME, `Keep your name to ${MAX_ACCESS_NAME} characters`)
    .optional()
    .transform((value) => (value ? value : undefined)),
});
