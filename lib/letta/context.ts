import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { ContextOverview } from "@/lib/memory/types";
import { withLetta } from "./client";

/** The part of Letta's ContextWindowOverview the ADE shows (GET /v1/agents/{id}/context; not in the SDK). */
const contextWindowSchema = z.object({
  context_window_size_max: z.number(),
  context_window_size_current: z.number(),
  num_messages: z.number(),
  num_archival_memory: z.number(),
  num_recall_memory: z.number(),
  num_tokens_external_memory_summary: z.number(),
  num_tokens_system: z.number(),
  num_tokens_core_memory: z.number(),
  num_tokens_memory_filesystem: z.number().optional(),
  num_tokens_tool_usage_rules: z.number().optional(),
  num_tokens_directories: z.number().optional(),
  num_tokens_summary_memory: z.number(),
  num_tokens_functions_definitions: z.number(),
  num_tokens_messages: z.number(),
  core_memory: z.string().optional(),
});

const blocksSchema = z.array(z.object({ label: z.string().nullish(), value: z.string() }));

export async function getContextOverview(agentId: string): Promise<ContextOverview> {
  return withLetta(async (client) => {
    const [raw, blocks] = await Promise.all([
      client.get<unknown>(`/v1/agents/${encodeURIComponent(agentId)}/context`),
      client.agents.blocks.list(agentId, { limit: 100 }),
    ]);
    const parsed = contextWindowSchema.safeParse(raw);
    if (!parsed.success) {
      throw new AppError("server_error", "The Letta server's context-window answer has an unexpected shape.", "This server version may not support the context view.");
    }
    const context = parsed.data;
    const sections = [
      { key: "system", label: "System prompt", tokens: context.num_tokens_system },
      { key: "tools", label: "Tool definitions", tokens: context.num_tokens_functions_definitions },
      { key: "core_memory", label: "Core memory", tokens: context.num_tokens_core_memory },
      { key: "tool_rules", label: "Tool usage rules", tokens: context.num_tokens_tool_usage_rules },
      { key: "files", label: "Files and directories", tokens: addOptional(context.num_tokens_memory_filesystem, context.num_tokens_directories) },
      { key: "external_summary", label: "Memory metadata", tokens: context.num_tokens_external_memory_summary },
      { key: "summary", label: "Conversation summary", tokens: context.num_tokens_summary_memory },
      { key: "messages", label: "Messages", tokens: context.num_tokens_messages },
    ].flatMap((section) => (section.tokens === undefined ? [] : [{ ...section, tokens: section.tokens }]));
    return {
      maxTokens: context.context_window_size_max,
      currentTokens: context.context_window_size_current,
      sections,
      messageCount: context.num_messages,
      archivalCount: context.num_archival_memory,
      recallCount: context.num_recall_memory,
      blocks: blocksSchema.parse(blocks.getPaginatedItems()).map((block) => ({ label: block.label ?? "", characters: block.value.length })),
    };
  });
}

function addOptional(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined && b === undefined) return undefined;
  return (a ?? 0) + (b ?? 0);
}
