import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === undefined || value === "" ? undefined : value));

const serverEnvSchema = z.object({
  LETTA_BASE_URL: z
    .string()
    .trim()
    .default("http://localhost:8283")
    .pipe(
      z
        .url({ protocol: /^https?$/, message: "LETTA_BASE_URL must be an http:// or https:// URL" })
        .transform((url) => url.replace(/\/+$/, "")),
    ),
  LETTA_API_KEY: optionalText,
  LETTA_PROJECT_ID: optionalText,
  /** Where the ADE keeps its own data (saved connections); defaults to `.ade-data/` in the working folder. */
  ADE_DATA_DIR: optionalText,
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid environment:\n${issues.map((issue) => `  - ${issue}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = serverEnvSchema.safeParse({
    LETTA_BASE_URL: source.LETTA_BASE_URL === "" ? undefined : source.LETTA_BASE_URL,
    LETTA_API_KEY: source.LETTA_API_KEY,
    LETTA_PROJECT_ID: source.LETTA_PROJECT_ID,
    ADE_DATA_DIR: source.ADE_DATA_DIR,
  });
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return result.data;
}
