import { z } from "zod";

const trimmed = z.string().trim();
const optionalText = trimmed
  .max(2000)
  .optional()
  .transform((value) => (value ? value : undefined));

const baseUrl = optionalText.refine((value) => value === undefined || /^https?:\/\/[^\s/]+/i.test(value), {
  message: "Enter a URL starting with http:// or https://",
});

/** Letta stores provider names as the first part of model handles (`<name>/<model>`): no slash, no spaces. */
const providerNameSchema = trimmed
  .min(1, "Enter a name")
  .max(100, "At most 100 characters")
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    "Letters, digits, dots, dashes and underscores only (it starts model handles)",
  );

const providerFieldsSchema = z.object({
  type: trimmed.min(1, "Choose a type"),
  apiKey: trimmed.min(1, "Enter the key (any text for a local server that needs none)").max(5000),
  baseUrl,
  accessKey: optionalText,
  region: optionalText,
  apiVersion: optionalText,
});

export const createProviderSchema = providerFieldsSchema.extend({ name: providerNameSchema });
export type CreateProviderInput = z.input<typeof createProviderSchema>;
export type CreateProviderValues = z.output<typeof createProviderSchema>;

export const providerIdSchema = z.object({ id: trimmed.regex(/^provider-[A-Za-z0-9-]+$/, "Not a provider id") });

/** A new key (write-only: the stored one is never shown), optionally with a new base URL. */
export const updateProviderKeySchema = providerIdSchema.extend({
  apiKey: trimmed.min(1, "Enter the new key").max(5000),
  accessKey: optionalText,
  baseUrl,
});
export type UpdateProviderKeyValues = z.output<typeof updateProviderKeySchema>;

export const switchAgentModelSchema = z.object({
  agentId: trimmed.min(1),
  kind: z.enum(["model", "embedding"]),
  handle: trimmed.min(1, "Choose a model").max(500),
});
