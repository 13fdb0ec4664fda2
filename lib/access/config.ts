import { z } from "zod";
import { EnvError } from "@/lib/env/schema";
import { parseAllowlist, type AllowEntry } from "./allowlist";

/** The shortest access password the ADE accepts (scripts/serve.mjs applies the same rule before starting). */
const MIN_PASSWORD_LENGTH = 8;

export interface AccessConfig {
  /** ADE_ACCESS_PASSWORD: when set, every request needs a session from the login page. */
  password: string | undefined;
  /** ADE_SESSION_SECRET: signs session cookies; without it a random secret is kept in ADE_DATA_DIR. */
  sessionSecret: string | undefined;
  /** ADE_DEMO_MODE: read-only; the server refuses every change. */
  demo: boolean;
  /** ADE_DEMO_ALLOW_CHAT: in demo mode, agents can still be chatted with. */
  demoChat: boolean;
  /** ADE_CONNECTION_ALLOWLIST: the only hosts saved connections may point at; null when unrestricted. */
  allowlist: AllowEntry[] | null;
}

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value));

const flag = (name: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value === "" || value === "0" || value === "false" || value === "no") return false;
      if (value === "1" || value === "true" || value === "yes") return true;
      context.addIssue({ code: "custom", message: `${name} must be 1 or 0 (true or false)` });
      return z.NEVER;
    });

const accessEnvSchema = z.object({
  ADE_ACCESS_PASSWORD: optionalText.refine((value) => value === undefined || value.length >= MIN_PASSWORD_LENGTH, {
    message: `ADE_ACCESS_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters long`,
  }),
  ADE_SESSION_SECRET: optionalText.refine((value) => value === undefined || value.length >= 32, {
    message: "ADE_SESSION_SECRET must be at least 32 characters long (or leave it out: the ADE keeps a random one)",
  }),
  ADE_DEMO_MODE: flag("ADE_DEMO_MODE"),
  ADE_DEMO_ALLOW_CHAT: flag("ADE_DEMO_ALLOW_CHAT"),
  ADE_CONNECTION_ALLOWLIST: z
    .string()
    .optional()
    .transform((value, context) => {
      const parsed = parseAllowlist(value ?? "");
      if (parsed.ok) return parsed.entries;
      context.addIssue({ code: "custom", message: `ADE_CONNECTION_ALLOWLIST: ${parsed.error}` });
      return z.NEVER;
    }),
});

export function parseAccessEnv(source: Record<string, string | undefined>): AccessConfig {
  const result = accessEnvSchema.safeParse({
    ADE_ACCESS_PASSWORD: source.ADE_ACCESS_PASSWORD,
    ADE_SESSION_SECRET: source.ADE_SESSION_SECRET,
    ADE_DEMO_MODE: source.ADE_DEMO_MODE,
    ADE_DEMO_ALLOW_CHAT: source.ADE_DEMO_ALLOW_CHAT,
    ADE_CONNECTION_ALLOWLIST: source.ADE_CONNECTION_ALLOWLIST,
  });
  if (!result.success) throw new EnvError(result.error.issues.map((issue) => issue.message));
  const env = result.data;
  return {
    password: env.ADE_ACCESS_PASSWORD,
    sessionSecret: env.ADE_SESSION_SECRET,
    demo: env.ADE_DEMO_MODE,
    demoChat: env.ADE_DEMO_MODE && env.ADE_DEMO_ALLOW_CHAT,
    allowlist: env.ADE_CONNECTION_ALLOWLIST,
  };
}

let cached: AccessConfig | undefined;

/** The access settings, read and validated once per process (proxy, route handlers and pages alike). */
export function accessConfig(): AccessConfig {
  cached ??= parseAccessEnv(process.env);
  return cached;
}
