import type { CompareSide } from "./types";

/** The settings a copy can write as well as compare (Letta cannot change the agent type). */
const writableSettingKeys = [
  "model",
  "embedding",
  "contextWindow",
  "maxTokens",
  "temperature",
  "reasoning",
  "reasoningEffort",
  "sleeptime",
  "sleeptimeFrequency",
  "tags",
  "description",
] as const;

/** The settings compared one by one (the system prompt, blocks, tools and rules have their own items). */
export const settingKeys = [...writableSettingKeys, "agentType"] as const;
export type SettingKey = (typeof settingKeys)[number];

/** What a copy can write: every setting but the agent type, and the system prompt. */
export const copyableKeys = [...writableSettingKeys, "system"] as const;

export type SettingValue = string | number | boolean | string[] | null;

export const settingLabels: Record<SettingKey | "system", string> = {
  model: "model",
  embedding: "embedding",
  contextWindow: "context window",
  maxTokens: "max output tokens",
  temperature: "temperature",
  reasoning: "reasoning",
  reasoningEffort: "reasoning effort",
  sleeptime: "sleep-time",
  sleeptimeFrequency: "sleep-time frequency",
  tags: "tags",
  description: "description",
  agentType: "agent type",
  system: "system prompt",
};

/** One setting of one side, as compared (a missing description is the empty one). */
export function settingValue(side: CompareSide, key: SettingKey | "system"): SettingValue {
  switch (key) {
    case "model":
      return side.model;
    case "embedding":
      return side.embedding;
    case "contextWindow":
      return side.llm.contextWindow;
    case "maxTokens":
      return side.llm.maxTokens;
    case "temperature":
      return side.llm.temperature;
    case "reasoning":
      return side.llm.reasoning ?? false;
    case "reasoningEffort":
      return side.llm.reasoningEffort;
    case "sleeptime":
      return side.sleeptime.enabled;
    case "sleeptimeFrequency":
      return side.sleeptime.enabled ? side.sleeptime.frequency : null;
    case "tags":
      return [...side.tags].sort();
    case "description":
      return side.description ?? "";
    case "agentType":
      return side.agentType;
    case "system":
      return side.system;
  }
}

export function sameValue(a: SettingValue, b: SettingValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A setting as the page shows it. */
export function formatSetting(key: SettingKey, value: SettingValue): string {
  if (value === null) return key === "maxTokens" ? "provider default" : "not set";
  if (typeof value === "boolean") return value ? "on" : "off";
  if (Array.isArray(value)) return value.length > 0 ? value.join(", ") : "none";
  if (typeof value === "number") return value.toLocaleString("en");
  return value === "" ? "none" : value;
}

/**
 * Whether `value` (one side's) can be written onto `target`: Letta cannot unset a model, embedding, context window,
 * temperature or reasoning effort, and a sleep-time frequency needs sleep-time on the target.
 */
export function canCopySetting(key: SettingKey, value: SettingValue, target: CompareSide): boolean {
  if (key === "agentType") return false;
  if (key === "sleeptimeFrequency") return typeof value === "number" && target.sleeptimeGroupId !== null;
  if (key === "maxTokens" || key === "description" || key === "tags") return true;
  return value !== null;
}
