import { z } from "zod";

/** Letta's default character limit for a core memory block. */
export const DEFAULT_BLOCK_LIMIT = 20_000;
export const MAX_BLOCK_LIMIT = 1_000_000;

export const blockLabelSchema = z
  .string()
  .trim()
  .min(1, "Give the block a label")
  .max(100, "A label has at most 100 characters")
  .regex(/^[A-Za-z0-9_.-]+$/, "A label may use letters, digits, '_', '-' and '.' only");

/** The fields a person edits on a block; `limit` bounds `value` (checked in `validateBlockDraft`). */
export const blockFieldsSchema = z.object({
  value: z.string().max(MAX_BLOCK_LIMIT),
  limit: z
    .number()
    .int("The limit is a whole number of characters")
    .min(1, "The limit must be at least 1")
    .max(MAX_BLOCK_LIMIT, `The limit is at most ${MAX_BLOCK_LIMIT}`),
  description: z.string().max(10_000),
  readOnly: z.boolean(),
});

export type BlockFields = z.infer<typeof blockFieldsSchema>;

export interface BlockFieldErrors {
  label?: string;
  value?: string;
  limit?: string;
  description?: string;
}

/**
 * Everything that makes a block edit unsaveable, per field. `originalValue` is the value the server
 * holds, so lowering the limit below it is named as such; `otherLabels` are the labels of the agent's
 * other blocks (a label must be unique within one agent).
 */
export function validateBlockDraft(
  draft: BlockFields & { label?: string },
  context: { otherLabels?: readonly string[]; originalValue?: string } = {},
): BlockFieldErrors {
  const errors: BlockFieldErrors = {};
  const parsed = blockFieldsSchema.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "value" || field === "limit" || field === "description") errors[field] ??= issue.message;
    }
  }
  if (draft.label !== undefined) {
    const label = blockLabelSchema.safeParse(draft.label);
    if (!label.success) errors.label = label.error.issues[0]?.message ?? "Not a valid label";
    else if (context.otherLabels?.includes(label.data))
      errors.label = `This agent already has a block labelled "${label.data}"`;
  }
  if (errors.limit === undefined && Number.isInteger(draft.limit) && draft.limit >= 1) {
    if (draft.value.length > draft.limit) {
      const limitLowered =
        context.originalValue !== undefined &&
        context.originalValue.length > draft.limit &&
        draft.value === context.originalValue;
      if (limitLowered)
        errors.limit = `The limit (${draft.limit}) is below the block's current length (${draft.value.length} characters)`;
      else
        errors.value = `The value has ${draft.value.length} characters, over the limit of ${draft.limit} by ${draft.value.length - draft.limit}`;
    }
  }
  return errors;
}

export function hasErrors(errors: BlockFieldErrors): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}
