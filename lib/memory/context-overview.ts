import { AppError } from "@/lib/errors";
import { z } from "zod";
import type { ContextOverview } from "./types";

/** The part of Letta's ContextWindowOverview the ADE shows (GET /v1/agents/{id}/context; not in the SDK). */
const contextWindowSchema = z.object({
  context_window_size_max: z.number(),
  context_window_size_current: z.number(),
  num_messages: z.number(),
  num_archival_memory: z.number(),
  num_recall_memory: z.number(),
  num_tokens_external_memory_summary: z.number().nullish(),
  num_tokens_system: z.number().nullish(),
  num_tokens_core_memory: z.number().nullish(),
  num_tokens_memory_filesystem: z.number().nullish(),
  num_tokens_tool_usage_rules: z.number().nullish(),
  num_tokens_directories: z.number().nullish(),
  num_tokens_summary_memory: z.number().nullish(),
  num_tokens_functions_definitions: z.number().nullish(),
  num_tokens_messages: z.number().nullish(),
  core_memory: z.string().optional(),
});

const blocksSchema = z.array(z.object({ label: z.string().nullish(), value: z.string() }));

/** Letta's context-window answer as the panel shows it; parts the answer has no figure for are listed as unreported. */
export function toContextOverview(
  raw: unknown,
  blockList: unknown,
  openFiles: ContextOverview["openFiles"] = [],
): ContextOverview {
  const parsed = contextWindowSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      "server_error",
      "The Letta server's context-window answer has an unexpected shape.",
      "This server version may not support the context view.",
    );
  }
  const context = parsed.data;
  const sections = [
    { key: "system", label: "System prompt", tokens: orUndefined(context.num_tokens_system) },
    { key: "tools", label: "Tool definitions", tokens: orUndefined(context.num_tokens_functions_definitions) },
    { key: "core_memory", label: "Core memory", tokens: orUndefined(context.num_tokens_core_memory) },
    { key: "tool_rules", label: "Tool usage rules", tokens: orUndefined(context.num_tokens_tool_usage_rules) },
    {
      key: "files",
      label: "Files and directories",
      tokens: addOptional(context.num_tokens_memory_filesystem, context.num_tokens_directories),
    },
    {
      key: "external_summary",
      label: "Memory metadata",
      tokens: orUndefined(context.num_tokens_external_memory_summary),
    },
    { key: "summary", label: "Conversation summary", tokens: orUndefined(context.num_tokens_summary_memory) },
    { key: "messages", label: "Messages", tokens: orUndefined(context.num_tokens_messages) },
  ];
  const reported = sections.flatMap((section) =>
    section.tokens === undefined ? [] : [{ ...section, tokens: section.tokens }],
  );
  return {
    maxTokens: context.context_window_size_max,
    currentTokens: context.context_window_size_current,
    sections: reported,
    unreported: sections.filter((section) => section.tokens === undefined).map((section) => section.label),
    messageCount: context.num_messages,
    archivalCount: context.num_archival_memory,
    recallCount: context.num_recall_memory,
    blocks: blocksSchema
      .parse(blockList)
      .map((block) => ({ label: block.label ?? "", characters: block.value.length })),
    openFiles,
  };
}

function addOptional(a: number | null | undefined, b: number | null | undefined): number | undefined {
  if (a == null && b == null) return undefined;
  return (a ?? 0) + (b ?? 0);
}

function orUndefined(value: number | null | undefined): number | undefined {
  return value ?? undefined;
}
