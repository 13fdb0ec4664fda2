import { z } from "zod";

const mcpServerNameSchema = z
  .string()
  .trim()
  .min(1, "Give the server a name")
  .max(100, "A name has at most 100 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "A name may use letters, digits, '_' and '-' only");

const httpUrl = z
  .string()
  .trim()
  .min(1, "Give the server's URL")
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "Give an http:// or https:// URL");

const headerName = z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, "Not a valid header name");
const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "Not a valid variable name");

export const mcpServerInputSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("stdio"),
    name: mcpServerNameSchema,
    command: z.string().trim().min(1, "Give the command to run").max(1000),
    args: z.array(z.string().max(2000)).max(100),
    env: z.record(envName, z.string().max(10_000)),
  }),
  z.object({
    type: z.literal("sse"),
    name: mcpServerNameSchema,
    url: httpUrl,
    headers: z.record(headerName, z.string().max(10_000)),
  }),
  z.object({
    type: z.literal("streamable_http"),
    name: mcpServerNameSchema,
    url: httpUrl,
    headers: z.record(headerName, z.string().max(10_000)),
  }),
]);

export type McpServerInput = z.infer<typeof mcpServerInputSchema>;

/** Parses `Name: value` lines (HTTP headers) or `NAME=value` lines (environment variables). */
export function parsePairs(text: string, separator: ":" | "="): { pairs: Record<string, string> } | { error: string } {
  const pairs: Record<string, string> = {};
  const lines = text.split("\n").map((line) => line.trim());
  for (const [index, line] of lines.entries()) {
    if (!line) continue;
    const at = line.indexOf(separator);
    const key = at > 0 ? line.slice(0, at).trim() : "";
    if (!key) return { error: `Line ${index + 1}: write it as "${separator === ":" ? "Name: value" : "NAME=value"}"` };
    const valid = (separator === ":" ? headerName : envName).safeParse(key);
    if (!valid.success)
      return { error: `Line ${index + 1}: "${key}" is not a valid ${separator === ":" ? "header" : "variable"} name` };
    if (Object.keys(pairs).some((existing) => existing.toLowerCase() === key.toLowerCase()))
      return { error: `Line ${index + 1}: ${key} is given twice` };
    pairs[key] = line.slice(at + 1).trim();
  }
  return { pairs };
}

/** One argument per line; blank lines are skipped. */
export function splitArgs(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
