import "server-only";
import { settingsPatchSchema, type SettingsPatch } from "@/lib/agents/settings-schema";
import { AppError } from "@/lib/errors";
import { getCompareSide } from "@/lib/letta/agent-compare";
import { updateAgentSettings } from "@/lib/letta/agent-settings";
import { createBlockForAgent, updateBlock } from "@/lib/letta/blocks";
import { updateGroup } from "@/lib/letta/groups";
import { setSleeptimeEnabled } from "@/lib/letta/sleeptime";
import { parseInput } from "@/lib/http";
import type { CopyBlockInput, CopySettingInput } from "./schema";
import { sameValue, settingLabels, settingValue, type SettingValue } from "./settings";
import type { CompareSide } from "./types";

function changedSince(agentName: string, what: string): AppError {
  return new AppError(
    "conflict",
    `Nothing was copied: ${agentName}'s ${what} changed on the server since this comparison was loaded.`,
    "The comparison now shows the server's current values: check them and copy again if you still want to.",
  );
}

function numberOrNull(value: SettingValue): number | null {
  return typeof value === "number" ? value : null;
}

/** The settings save for one copied setting; a new model keeps the target's own model settings. */
function settingsPatch(key: CopySettingInput["key"], value: SettingValue, target: CompareSide): SettingsPatch {
  const raw: Record<string, unknown> = { [key]: value };
  if (key === "model") {
    if (target.llm.contextWindow !== null) raw.contextWindow = target.llm.contextWindow;
    raw.maxTokens = target.llm.maxTokens;
    if (target.llm.temperature !== null) raw.temperature = target.llm.temperature;
  }
  return parseInput(settingsPatchSchema, raw);
}

/**
 * Writes one side's setting onto `agentId` through the normal saves (settings, sleep-time, the group's frequency),
 * after checking that the agent still holds the value the comparison showed: a changed one is never overwritten.
 */
export async function copySetting({ agentId, key, value, expected }: CopySettingInput): Promise<CompareSide> {
  const target = await getCompareSide(agentId);
  if (!sameValue(settingValue(target, key), expected)) throw changedSince(target.name, settingLabels[key]);
  if (key === "sleeptime") {
    if (typeof value !== "boolean") throw new AppError("invalid_input", "Sleep-time is on or off.", "Reload the page.");
    await setSleeptimeEnabled(agentId, value);
  } else if (key === "sleeptimeFrequency") {
    const frequency = numberOrNull(value);
    if (frequency === null || target.sleeptimeGroupId === null) {
      throw new AppError(
        "invalid_input",
        `${target.name} has no sleep-time frequency to set.`,
        "Copy sleep-time first, so that it has a sleep-time agent.",
      );
    }
    await updateGroup(target.sleeptimeGroupId, { managerType: "sleeptime", sleeptimeAgentFrequency: frequency });
  } else {
    await updateAgentSettings(agentId, settingsPatch(key, value, target));
  }
  return getCompareSide(agentId);
}

/**
 * Writes one side's block onto `agentId`: over its block of that label through the normal block save (whose own
 * check refuses a value changed meanwhile), or as a new block when it has none; refused when the target's block is
 * no longer what the comparison showed (value, limit, description, read-only, or whether it exists at all).
 */
export async function copyBlock({ agentId, label, block, expected }: CopyBlockInput): Promise<CompareSide> {
  const target = await getCompareSide(agentId);
  const current = target.blocks.find((candidate) => candidate.label === label) ?? null;
  const what = `block ${label}`;
  if (expected === null) {
    if (current !== null) throw changedSince(target.name, what);
    await createBlockForAgent(agentId, { label, ...block });
  } else {
    const unchanged =
      current !== null &&
      current.value === expected.value &&
      current.limit === expected.limit &&
      (current.description ?? "") === (expected.description ?? "") &&
      current.readOnly === expected.readOnly;
    if (!unchanged) throw changedSince(target.name, what);
    try {
      await updateBlock(current.id, block, { expectedValue: expected.value });
    } catch (error) {
      if (error instanceof AppError && error.code === "conflict") throw changedSince(target.name, what);
      throw error;
    }
  }
  return getCompareSide(agentId);
}
