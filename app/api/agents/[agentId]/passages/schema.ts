import { z } from "zod";

const tagSchema = z.string().trim().min(1).max(100);

export const insertPassageSchema = z.object({
  text: z
    .string()
    .refine((text) => text.trim().length > 0, "Write the passage first")
    .pipe(z.string().max(100_000)),
  tags: z.array(tagSchema).max(50).default([]),
});

export const searchPassagesSchema = z.object({
  query: z.string().trim().min(1, "Type what to search for").max(2_000),
  tags: z.array(tagSchema).max(50).default([]),
});
