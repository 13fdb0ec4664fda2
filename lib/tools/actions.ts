"use server";

import { runAction } from "@/lib/actions/run-action";
import { attachTool, detachTool, replaceToolRules, runAgentTool, setToolApproval } from "@/lib/letta/agent-tools";
import { createTool, deleteTool, runToolSource, updateTool } from "@/lib/letta/tools";
import {
  attachToolInput,
  createToolInput,
  deleteToolInput,
  detachToolInput,
  runAgentToolInput,
  runToolSchema,
  toolApprovalInput,
  toolRulesInput,
  updateToolInput,
} from "./schema";

export async function attachToolAction(input: unknown) {
  return runAction(attachToolInput, input, async ({ agentId, toolId }) => {
    await attachTool(agentId, toolId);
    return null;
  });
}

export async function detachToolAction(input: unknown) {
  return runAction(detachToolInput, input, async ({ agentId, toolId }) => {
    await detachTool(agentId, toolId);
    return null;
  });
}

/** The approval switch: whether the agent must ask before calling this tool. */
export async function setToolApprovalAction(input: unknown) {
  return runAction(toolApprovalInput, input, async ({ agentId, toolName, requiresApproval }) => {
    await setToolApproval(agentId, toolName, requiresApproval);
    return null;
  });
}

/** Replaces the agent's tool rules (approval rules are kept; they are set per tool). */
export async function replaceToolRulesAction(input: unknown) {
  return runAction(toolRulesInput, input, ({ agentId, rules }) => replaceToolRules(agentId, rules));
}

/** Runs one of the agent's tools with its environment (the tool may change things, so it is an action). */
export async function runAgentToolAction(input: unknown) {
  return runAction(runAgentToolInput, input, ({ agentId, toolName, args }) => runAgentTool(agentId, toolName, args));
}

export async function createToolAction(input: unknown) {
  return runAction(createToolInput, input, (source) => createTool(source));
}

export async function updateToolAction(input: unknown) {
  return runAction(updateToolInput, input, ({ toolId, ...source }) => updateTool(toolId, source));
}

export async function deleteToolAction(input: unknown) {
  return runAction(deleteToolInput, input, async ({ toolId }) => {
    await deleteTool(toolId);
    return null;
  });
}

/** Runs Python source (the editor's, saved or not) with JSON arguments in the server's tool sandbox. */
export async function runToolSourceAction(input: unknown) {
  return runAction(runToolSchema, input, (source) => runToolSource(source));
}
