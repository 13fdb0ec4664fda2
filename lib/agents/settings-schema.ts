import { z } from "zod";
import { agentDescriptionSchema, agentNameSchema, tagListSchema } from "./create-schema";
import {
  MAX_TEMPERATURE,
  MAX_TOKEN_COUNT,
  reasoningEfforts,
  type AgentSettings,
  type ModelLimits,
  type SettingsErrors,
  type SettingsField,
  type SettingsForm,
} from "./settings";
import { parseTagsText } from "./tags";

const wholeNumber = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${label}.`)
    .regex(/^\d+$/, `The ${label} must be a whole number of tokens.`)
    .transform(Number)
    .refine((value) => value >= 1, `The ${label} must be at least 1 token.`)
    .refine((value) => value <= MAX_TOKEN_COUNT, `The ${label} is too large.`);

/** Empty means "the provider's default" (null). */
const optionalWholeNumber = (label: string) =>
  z.string().transform((text, context): number | null => {
    if (text.trim() === "") return null;
    const parsed = wholeNumber(label).safeParse(text);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) context.addIssue({ code: "custom", message: issue.message });
    return z.NEVER;
  });

const formSchema = z.object({
  name: agentNameSchema,
  description: agentDescriptionSchema,
  tags: z.string().transform(parseTagsText).pipe(tagListSchema),
  system: z.string().refine((text) => text.trim().length > 0, "The system prompt cannot be empty."),
  model: z.string().trim().min(1, "Choose a model."),
  embedding: z.string().trim(),
  temperature: z
    .string()
    .trim()
    .min(1, "Enter a temperature.")
    .regex(/^\d*\.?\d+$|^\d+\.$/, "The temperature must be a number such as 0.7.")
    .transform(Number)
    .refine(
      (value) => value >= 0 && value <= MAX_TEMPERATURE,
      `The temperature must be between 0 and ${MAX_TEMPERATURE}.`,
    ),
  maxTokens: optionalWholeNumber("max output tokens"),
  contextWindow: wholeNumber("context window limit"),
  reasoning: z.boolean(),
  reasoningEffort: z.union([
    z.literal("").transform(() => null),
    z.enum(reasoningEfforts, { error: "Choose one of the offered reasoning efforts." }),
  ]),
});

export type ParsedSettings = { ok: true; values: AgentSettings } | { ok: false; errors: SettingsErrors };

/** Validates the form; the limits are those of the model chosen in it. */
export function parseSettingsForm(form: SettingsForm, limits: ModelLimits, base: AgentSettings): ParsedSettings {
  const errors: SettingsErrors = {};
  const parsed = formSchema.safeParse(form);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === "string" && field in form) errors[field as SettingsField] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const values = parsed.data;
  if (limits.maxContextWindow !== null && values.contextWindow > limits.maxContextWindow) {
    errors.contextWindow = `This model's context window is at most ${limits.maxContextWindow.toLocaleString("en")} tokens.`;
  }
  if (values.maxTokens !== null && values.maxTokens >= values.contextWindow) {
    errors.maxTokens = "Max output tokens must be smaller than the context window limit.";
  }
  if (values.embedding === "" && base.embedding !== "") {
    errors.embedding = "The server cannot take an agent's embedding model away: choose one.";
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values };
}

/** What the browser sends to save settings: only what changed. */
export const settingsPatchSchema = z
  .object({
    name: agentNameSchema.optional(),
    description: agentDescriptionSchema.optional(),
    tags: tagListSchema.optional(),
    system: z.string().min(1).max(1_000_000).optional(),
    model: z.string().trim().min(1).max(300).optional(),
    embedding: z.string().trim().min(1).max(300).optional(),
    temperature: z.number().min(0).max(MAX_TEMPERATURE).optional(),
    maxTokens: z.number().int().min(1).max(MAX_TOKEN_COUNT).nullable().optional(),
    contextWindow: z.number().int().min(1).max(MAX_TOKEN_COUNT).optional(),
    reasoning: z.boolean().optional(),
    reasoningEffort: z.enum(reasoningEfforts).optional(),
  })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: "Nothing to change." });

export type SettingsPatch = z.input<typeof settingsPatchSchema>;
