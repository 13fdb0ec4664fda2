import { z } from "zod";
import { blockFieldsSchema, blockLabelSchema } from "@/lib/memory/validation";

export const libraryQuerySchema = z.object({
  search: z.string().trim().max(200).default(""),
  /** How many of the newest blocks to list (the library's "Show more" asks for more). */
  count: z.coerce.number().int().min(1).max(500).default(25),
});

export const updateBlockSchema = blockFieldsSchema
  .extend({
    /** The value the edit started from; a save over a value changed since is refused unless `force`. */
    expectedValue: z.string().optional(),
    force: z.boolean().default(false),
  })
  .refine((body) => body.value.length <= body.limit, {
    message: "The value is longer than the limit",
    path: ["value"],
  });

export const createBlockSchema = blockFieldsSchema
  .extend({ label: blockLabelSchema })
  .refine((body) => body.value.length <= body.limit, {
    message: "The value is longer than the limit",
    path: ["value"],
  });
