import { z } from "zod";
import { editableRulesSchema } from "@/lib/tools/rules";
import { idSchema } from "@/lib/ids";

export const attachToolSchema = z.object({ toolId: idSchema });

export const toolApprovalSchema = z.object({
  toolName: z.string().trim().min(1).max(200),
  requiresApproval: z.boolean(),
});

export const toolRulesSchema = z.object({ rules: editableRulesSchema });

export const runAgentToolSchema = z.object({
  toolName: z.string().trim().min(1).max(200),
  args: z.record(z.string(), z.unknown()),
});
