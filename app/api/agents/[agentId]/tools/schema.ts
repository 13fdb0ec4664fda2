import { z } from "zod";
import { lettaIdSchema } from "@/app/api/blocks/schema";
import { editableRulesSchema } from "@/lib/tools/rules";

export const attachToolSchema = z.object({ toolId: lettaIdSchema });

export const toolApprovalSchema = z.object({
  toolName: z.string().trim().min(1).max(200),
  requiresApproval: z.boolean(),
});

export const toolRulesSchema = z.object({ rules: editableRulesSchema });

export const runAgentToolSchema = z.object({
  toolName: z.string().trim().min(1).max(200),
  args: z.record(z.string(), z.unknown()),
});
