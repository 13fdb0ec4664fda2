import { z } from "zod";
import { idSchema } from "@/lib/ids";
import { blockFieldsSchema, blockLabelSchema } from "@/lib/memory/validation";
import { copyableKeys } from "./settings";

const settingValueSchema = z.union([
  z.string().max(1_000_000),
  z.number(),
  z.boolean(),
  z.array(z.string().max(100)).max(100),
  z.null(),
]);

/** Copies one side's setting (or system prompt) onto the other agent, if that agent still holds `expected`. */
export const copySettingInput = z.object({
  agentId: idSchema,
  key: z.enum(copyableKeys),
  value: settingValueSchema,
  /** The target's value the page showed: a copy over a value changed since is refused. */
  expected: settingValueSchema,
});
export type CopySettingInput = z.input<typeof copySettingInput>;

const blockStateSchema = z.object({
  value: z.string(),
  limit: z.number().int().nullable(),
  description: z.string().nullable(),
  readOnly: z.boolean(),
});

/** Copies one side's block onto the other agent: saves over its block of that label, or adds one when it has none. */
export const copyBlockInput = z.object({
  agentId: idSchema,
  label: blockLabelSchema,
  block: blockFieldsSchema,
  /** The target's block the page showed (null: it had none); a copy over a block changed since is refused. */
  expected: blockStateSchema.nullable(),
});
export type CopyBlockInput = z.input<typeof copyBlockInput>;
