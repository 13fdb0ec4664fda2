import { z } from "zod";

export const loginSchema = z.object({
  password: z.string().min(1, "Enter the access password").max(1_000, "That is too long for the access password"),
});
