import { z } from "zod";

/** Letta's default character limit for a core memory block. */
export const DEFAULT_BLOCK_LIMIT = 20_000;
const MAX_BLOCK_LIMIT = 1_000_000;

/**
 * Letta 0.16.8's rule for a block label (letta/validators.py, `BlockLabelQuery`): 1 to 50 of the letters
 * a-z and A-Z, digits, `_`, `-` and `/`. Letta stores any label it is given, but finds blocks by label only
 * under this rule, and agents that keep memory as paths (`reference/api-endpoints`) use the slash.
 */
const BLOCK_LABEL_PATTERN = /^[a-zA-Z0-9_/-]+$/;
const BLOCK_LABEL_MAX = 50;
const BLOCK_LABEL_RULE = "A label may use letters a-z, digits, '_', '-' and '/' only (no spaces or dots)";

export const blockLabelSchema = z
  .string()
  .trim()
  .min(1, "Give the block a label")
  .max(BLOCK_LABEL_MAX, `A label has at most ${BLOCK_LABEL_MAX} characters`)
  .regex(BLOCK_LABEL_PATTERN, BLOCK_LABEL_RULE);

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

/** The field a refusal from the server is about, so a form can show it beside that field. */
export function refusalField(message: string): keyof BlockFieldErrors | undefined {
  return /\blabel(l?ed|s)?\b/i.test(message) ? "label" : undefined;
}
