import { z } from "zod";
import { blockLabelSchema } from "@/lib/memory/validation";
import { archivalToolNames, creatableAgentTypes } from "./defaults";

export type CreatableAgentType = (typeof creatableAgentTypes)[number]["value"];
const agentTypeValues = creatableAgentTypes.map((type) => type.value) as [CreatableAgentType, ...CreatableAgentType[]];

export { archivalToolNames };
const MAX_BLOCK_LIMIT = 1_000_000;

const memoryBlockSchema = z
  .object({
    label: blockLabelSchema,
    value: z.string(),
    limit: z
      .number({ error: "The limit must be a number." })
      .int("The limit must be a whole number.")
      .min(1, "The limit must be at least 1 character.")
      .max(MAX_BLOCK_LIMIT, `The limit can be at most ${MAX_BLOCK_LIMIT.toLocaleString("en")} characters.`),
    description: z.string().trim().max(2000, "Keep the description under 2,000 characters."),
    readOnly: z.boolean(),
  })
  .superRefine((block, context) => {
    if (block.value.length > block.limit) {
      context.addIssue({
        code: "custom",
        path: ["value"],
        message: `The value has ${block.value.length.toLocaleString("en")} characters, over the block's limit of ${block.limit.toLocaleString("en")}.`,
      });
    }
  });

const tagSchema = z.string().trim().min(1, "A tag cannot be empty.").max(100, "Keep tags under 100 characters.");

/** Tags without duplicates (a repeated tag is dropped, not refused). */
export const tagListSchema = z
  .array(tagSchema)
  .max(50, "Use at most 50 tags.")
  .transform((tags) => [...new Set(tags)]);

export const agentNameSchema = z
  .string()
  .trim()
  .min(1, "Give the agent a name.")
  .max(200, "Keep the name under 200 characters.");
export const agentDescriptionSchema = z.string().trim().max(5000, "Keep the description under 5,000 characters.");

/** One schema for the create form (browser) and the create route (server). */
export const createAgentSchema = z
  .object({
    name: agentNameSchema,
    description: agentDescriptionSchema,
    agentType: z.enum(agentTypeValues, { error: "Choose one of the offered agent types." }),
    model: z
      .string()
      .trim()
      .min(1, "Choose a model. If the list is empty, the server has no chat model: add a provider to it first."),
    embedding: z.string().trim(),
    blocks: z.array(memoryBlockSchema).max(50, "Use at most 50 memory blocks."),
    includeBaseTools: z.boolean(),
    toolNames: z
      .array(z.string().trim().min(1))
      .max(200)
      .transform((names) => [...new Set(names)]),
    enableSleeptime: z.boolean(),
    tags: tagListSchema,
  })
  .superRefine((input, context) => {
    const seen = new Map<string, number>();
    input.blocks.forEach((block, index) => {
      const first = seen.get(block.label);
      if (first !== undefined) {
        context.addIssue({
          code: "custom",
          path: ["blocks", index, "label"],
          message: `Block ${first + 1} already uses the label "${block.label}": labels must be unique.`,
        });
      } else {
        seen.set(block.label, index);
      }
    });
    if (input.enableSleeptime && input.embedding === "") {
      context.addIssue({ code: "custom", path: ["embedding"], message: "Sleep-time memory needs an embedding model." });
    }
  });

export type CreateAgentInput = z.input<typeof createAgentSchema>;
export type CreateAgentValues = z.output<typeof createAgentSchema>;
export type MemoryBlockInput = z.input<typeof memoryBlockSchema>;

/** Field errors keyed by dotted path ("name", "blocks.1.label"), the first message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}

export const updateAgentSchema = z
  .object({
    name: agentNameSchema.optional(),
    description: agentDescriptionSchema.optional(),
    tags: tagListSchema.optional(),
  })
  .refine((input) => input.name !== undefined || input.description !== undefined || input.tags !== undefined, {
    message: "Nothing to change.",
  });

export type UpdateAgentInput = z.input<typeof updateAgentSchema>;
export type UpdateAgentValues = z.output<typeof updateAgentSchema>;
