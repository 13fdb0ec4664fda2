import type { AgentCodeSpec, CodeCustomTool } from "./spec";

/** The body of the agent's create request (snake_case, as the API and both SDKs take it). */
export function createBody(spec: AgentCodeSpec): Record<string, unknown> {
  return {
    name: spec.name,
    ...(spec.description ? { description: spec.description } : {}),
    agent_type: spec.agentType,
    model: spec.model,
    ...(spec.embedding ? { embedding: spec.embedding } : {}),
    system: spec.system,
    memory_blocks: spec.blocks.map((block) => ({
      label: block.label,
      value: block.value,
      ...(block.limit !== null ? { limit: block.limit } : {}),
      ...(block.description ? { description: block.description } : {}),
      read_only: block.readOnly,
    })),
    // Every tool is named below, Letta's own included, so nothing is added that the agent does not have now.
    include_base_tools: false,
    tools: spec.toolNames,
    tool_rules: spec.toolRules,
    enable_sleeptime: spec.sleeptime.enabled,
    tags: spec.tags,
  };
}

/** The model settings laid over the model's defaults once the agent exists (null when there are none). */
export function llmChanges(spec: AgentCodeSpec): Record<string, unknown> | null {
  const changes: Record<string, unknown> = {
    ...(spec.llm.temperature !== null ? { temperature: spec.llm.temperature } : {}),
    ...(spec.llm.contextWindow !== null ? { context_window: spec.llm.contextWindow } : {}),
    ...(spec.llm.maxTokens !== null ? { max_tokens: spec.llm.maxTokens } : {}),
    ...(spec.llm.reasoning !== null ? { enable_reasoner: spec.llm.reasoning } : {}),
    ...(spec.llm.reasoningEffort !== null ? { reasoning_effort: spec.llm.reasoningEffort } : {}),
  };
  return Object.keys(changes).length > 0 ? changes : null;
}

/** The body that creates (or updates) a custom tool from its source. */
export function toolBody(tool: CodeCustomTool): Record<string, unknown> {
  return {
    source_code: tool.sourceCode,
    ...(tool.description ? { description: tool.description } : {}),
    ...(tool.jsonSchema ? { json_schema: tool.jsonSchema } : {}),
    ...(tool.pipRequirements.length > 0 ? { pip_requirements: tool.pipRequirements } : {}),
  };
}

export function sleeptimeFrequency(spec: AgentCodeSpec): number | null {
  return spec.sleeptime.enabled ? spec.sleeptime.frequency : null;
}

/** The first message the message snippet sends. */
export const SAMPLE_MESSAGE = "Hello! What do you remember about me?";
