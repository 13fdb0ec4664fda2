import { z } from "zod";
import { pipRequirementSchema } from "@/lib/tools/pip";

export const toolSourceSchema = z.object({
  sourceCode: z
    .string()
    .min(1, "Write the tool's Python source")
    .max(200_000, "The source is longer than 200,000 characters"),
  pipRequirements: z.array(pipRequirementSchema).max(50).default([]),
});

export const runToolSchema = toolSourceSchema.extend({
  args: z.record(z.string(), z.unknown()),
});

export const toolSearchSchema = z.string().trim().max(200).default("");
