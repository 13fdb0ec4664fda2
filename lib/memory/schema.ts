import { z } from "zod";
import { idsOnly, withIds } from "@/lib/ids";
import { blockFieldsSchema, blockLabelSchema } from "./validation";

const updateBlockSchema = blockFieldsSchema
  .extend({
    /** The value the edit started from; a save over a value changed since is refused unless `force`. */
    expectedValue: z.string().optional(),
    force: z.boolean().default(false),
  })
  .refine((body) => body.value.length <= body.limit, {
    message: "The value is longer than the limit",
    path: ["value"],
  });

const createBlockSchema = blockFieldsSchema
  .extend({ label: blockLabelSchema })
  .refine((body) => body.value.length <= body.limit, {
    message: "The value is longer than the limit",
    path: ["value"],
  });

export const updateBlockInput = withIds(["blockId"], updateBlockSchema);
export const deleteBlockInput = idsOnly("blockId");

export const createAgentBlockInput = withIds(["agentId"], createBlockSchema);
export const attachBlockInput = idsOnly("agentId", "blockId");
export const detachBlockInput = idsOnly("agentId", "blockId");

const tagSchema = z.string().trim().min(1).max(100);

const insertPassageSchema = z.object({
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

export const insertPassageInput = withIds(["agentId"], insertPassageSchema);
export const deletePassageInput = idsOnly("agentId", "passageId");
export const archiveInput = idsOnly("agentId", "archiveId");
