import { z } from "zod";

export const libraryQuerySchema = z.object({
  search: z.string().trim().max(200).default(""),
  /** How many of the newest blocks to list (the library's "Show more" asks for more). */
  count: z.coerce.number().int().min(1).max(500).default(25),
});
