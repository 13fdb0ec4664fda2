import { z } from "zod";
import { idsOnly, withIds } from "@/lib/ids";
import { mcpServerInputSchema } from "./mcp";
import { pipRequirementSchema } from "./pip";
import { editableRulesSchema } from "./rules";

const toolName = z.string().trim().min(1).max(200);

export const attachToolInput = idsOnly("agentId", "toolId");
export const detachToolInput = idsOnly("agentId", "toolId");

const toolApprovalSchema = z.object({ toolName, requiresApproval: z.boolean() });
export const toolApprovalInput = withIds(["agentId"], toolApprovalSchema);

const toolRulesSchema = z.object({ rules: editableRulesSchema });
export const toolRulesInput = withIds(["agentId"], toolRulesSchema);

const runAgentToolSchema = z.object({ toolName, args: z.record(z.string(), z.unknown()) });
export const runAgentToolInput = withIds(["agentId"], runAgentToolSchema);

const toolSourceSchema = z.object({
  sourceCode: z
    .string()
    .min(1, "Write the tool's Python source")
    .max(200_000, "The source is longer than 200,000 characters"),
  pipRequirements: z.array(pipRequirementSchema).max(50).default([]),
});
export const createToolInput = toolSourceSchema;
export const updateToolInput = withIds(["toolId"], toolSourceSchema);
export const deleteToolInput = idsOnly("toolId");

export const runToolSchema = toolSourceSchema.extend({ args: z.record(z.string(), z.unknown()) });

export const toolSearchSchema = z.string().trim().max(200).default("");

export const createMcpServerInput = mcpServerInputSchema;
export const mcpServerIdInput = idsOnly("serverId");
