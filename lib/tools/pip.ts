import { z } from "zod";

export const pipRequirementSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*(\[[A-Za-z0-9,._-]+\])?$/, "Not a valid package name"),
  version: z
    .string()
    .trim()
    .max(100)
    .regex(/^[A-Za-z0-9.*+!_-]+$/, "Not a valid version")
    .nullish(),
});

export type PipRequirement = z.infer<typeof pipRequirementSchema>;

/** Parses one requirement per line, `name` or `name==version`; blank lines and `#` comments are skipped. */
export function parsePipRequirements(text: string): { requirements: PipRequirement[] } | { error: string } {
  const requirements: PipRequirement[] = [];
  const lines = text.split("\n").map((line) => line.replace(/#.*$/, "").trim());
  for (const [index, line] of lines.entries()) {
    if (!line) continue;
    const [name = "", version, ...rest] = line.split("==").map((part) => part.trim());
    if (rest.length > 0) return { error: `Line ${index + 1}: write it as "name" or "name==version"` };
    const parsed = pipRequirementSchema.safeParse({ name, version: version ?? null });
    if (!parsed.success)
      return {
        error: `Line ${index + 1}: ${parsed.error.issues[0]?.message ?? "not a valid requirement"} (write "name" or "name==version")`,
      };
    if (requirements.some((requirement) => requirement.name.toLowerCase() === parsed.data.name.toLowerCase())) {
      return { error: `Line ${index + 1}: ${parsed.data.name} is listed twice` };
    }
    requirements.push(parsed.data);
  }
  return { requirements };
}
