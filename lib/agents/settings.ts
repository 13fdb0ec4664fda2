import { tagsText } from "./tags";
import type { SettingsPatch } from "./settings-schema";

// The form's checks (zod) live in settings-schema.ts: the settings form loads them when it saves.
export type { SettingsPatch };

export const reasoningEfforts = ["none", "minimal", "low", "medium", "high", "xhigh"] as const;
export type ReasoningEffort = (typeof reasoningEfforts)[number];

export const MAX_TEMPERATURE = 2;
/** The server's column for token counts is a 32-bit integer. */
export const MAX_TOKEN_COUNT = 2_147_483_647;

/** An agent's editable settings as the server holds them (model settings come from its llm_config). */
export interface AgentSettings {
  name: string;
  description: string;
  tags: string[];
  system: string;
  /** Model handle (provider/model). */
  model: string;
  /** Embedding handle, or "" when the agent has none. */
  embedding: string;
  temperature: number;
  /** Null: the provider's default. */
  maxTokens: number | null;
  contextWindow: number;
  reasoning: boolean;
  reasoningEffort: ReasoningEffort | null;
}

/** The settings form: what the inputs hold (numbers as typed). */
export interface SettingsForm {
  name: string;
  description: string;
  tags: string;
  system: string;
  model: string;
  embedding: string;
  temperature: string;
  maxTokens: string;
  contextWindow: string;
  reasoning: boolean;
  reasoningEffort: string;
}

export type SettingsField = keyof SettingsForm;
export type SettingsErrors = Partial<Record<SettingsField, string>>;

export function toSettingsForm(settings: AgentSettings): SettingsForm {
  return {
    name: settings.name,
    description: settings.description,
    tags: tagsText(settings.tags),
    system: settings.system,
    model: settings.model,
    embedding: settings.embedding,
    temperature: String(settings.temperature),
    maxTokens: settings.maxTokens === null ? "" : String(settings.maxTokens),
    contextWindow: String(settings.contextWindow),
    reasoning: settings.reasoning,
    reasoningEffort: settings.reasoningEffort ?? "",
  };
}

/** Fields whose input differs from the server's value (what the form marks as unsaved). */
export function dirtyFields(base: SettingsForm, form: SettingsForm): SettingsField[] {
  return (Object.keys(base) as SettingsField[]).filter((field) => base[field] !== form[field]);
}

/** What the settings of the chosen model allow; null when the server does not list the model. */
export interface ModelLimits {
  maxContextWindow: number | null;
}

function sameTags(a: string[], b: string[]): boolean {
  const sorted = (tags: string[]) => [...new Set(tags)].sort().join("\n");
  return sorted(a) === sorted(b);
}

/**
 * The fields that differ from the server's settings. A new model rebuilds the agent's model settings on the
 * server from that model's defaults, so with a model change the temperature, context window and max output tokens
 * shown in the form go along, to keep what the person sees.
 */
export function changedSettings(base: AgentSettings, values: AgentSettings): SettingsPatch {
  const patch: SettingsPatch = {};
  if (values.name !== base.name.trim()) patch.name = values.name;
  if (values.description !== base.description.trim()) patch.description = values.description;
  if (!sameTags(values.tags, base.tags)) patch.tags = values.tags;
  if (values.system !== base.system) patch.system = values.system;
  if (values.embedding !== base.embedding && values.embedding !== "") patch.embedding = values.embedding;
  const modelChanged = values.model !== base.model;
  if (modelChanged) patch.model = values.model;
  if (modelChanged || values.temperature !== base.temperature) patch.temperature = values.temperature;
  if (modelChanged || values.maxTokens !== base.maxTokens) patch.maxTokens = values.maxTokens;
  if (modelChanged || values.contextWindow !== base.contextWindow) patch.contextWindow = values.contextWindow;
  if (values.reasoning !== base.reasoning) patch.reasoning = values.reasoning;
  if (values.reasoningEffort !== base.reasoningEffort && values.reasoningEffort !== null)
    patch.reasoningEffort = values.reasoningEffort;
  return patch;
}

export type ReasoningSupport = "toggle" | "always" | "none";

/**
 * Whether reasoning can be switched for a model, after the server's rules (LLMConfig.apply_reasoning_setting_to_config
 * in Letta 0.16.8): for letta_v1_agent only native reasoners reason, OpenAI's and the larger Gemini always; other
 * agent types can simulate it for any model. The server has the last word: the panel shows what it stored.
 */
export function reasoningSupport(agentType: string, providerType: string, modelName: string): ReasoningSupport {
  const model = modelName.toLowerCase();
  if (isOpenAIReasoner(providerType, model)) return "always";
  if (isGoogle(providerType) && (model.startsWith("gemini-2.5-pro") || model.startsWith("gemini-3"))) return "always";
  if (agentType !== "letta_v1_agent") return "toggle";
  if (["anthropic", "bedrock"].includes(providerType) && /^claude-(opus-4|sonnet-4|3-7-sonnet|haiku-4-5)/.test(model))
    return "toggle";
  if (isGoogle(providerType) && model.startsWith("gemini-2.5-flash")) return "toggle";
  if (["zai", "zai_coding"].includes(providerType) && /^glm-(4\.[5-7]|5)/.test(model)) return "toggle";
  if (providerType === "openrouter" || providerType === "baseten") return "toggle";
  return "none";
}

/** OpenAI's reasoning models take a reasoning effort. */
export function isOpenAIReasoner(providerType: string, modelName: string): boolean {
  return providerType === "openai" && /^(o1|o3|o4|gpt-5)/.test(modelName.toLowerCase());
}

function isGoogle(providerType: string): boolean {
  return providerType === "google_ai" || providerType === "google_vertex";
}
