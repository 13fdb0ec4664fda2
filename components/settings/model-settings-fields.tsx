"use client";

import { useState } from "react";
import { inputClass } from "@/components/agents/form-field";
import {
  isOpenAIReasoner,
  reasoningEfforts,
  reasoningSupport,
  type SettingsErrors,
  type SettingsField,
  type SettingsForm,
} from "@/lib/agents/settings";
import type { EmbeddingOption, ModelOption } from "@/lib/models/types";
import { SettingField, settingId, settingInvalidProps } from "./setting-field";

const CUSTOM_MODEL = "__custom__";

export interface ModelChoice {
  providerType: string;
  modelName: string;
  maxContextWindow: number | null;
}

/** What the server says about the model chosen in the form (the saved one's own config when the list lacks it). */
export function chosenModel(
  handle: string,
  models: ModelOption[],
  saved: { handle: string; providerType: string; modelName: string },
): ModelChoice {
  const listed = models.find((model) => model.handle === handle);
  if (listed)
    return { providerType: listed.providerType, modelName: listed.modelName, maxContextWindow: listed.contextWindow };
  if (handle === saved.handle)
    return { providerType: saved.providerType, modelName: saved.modelName, maxContextWindow: null };
  return { providerType: "", modelName: handle.split("/").slice(1).join("/"), maxContextWindow: null };
}

interface ModelSettingsFieldsProps {
  form: SettingsForm;
  dirty: (field: SettingsField) => boolean;
  errors: SettingsErrors;
  onChange: <Field extends SettingsField>(field: Field, value: SettingsForm[Field]) => void;
  models: ModelOption[];
  embeddings: EmbeddingOption[];
  agentType: string;
  choice: ModelChoice;
  /** The agent has an embedding model now (the server cannot remove it). */
  hasEmbedding: boolean;
}

export function ModelSettingsFields({
  form,
  dirty,
  errors,
  onChange,
  models,
  embeddings,
  agentType,
  choice,
  hasEmbedding,
}: ModelSettingsFieldsProps) {
  const [custom, setCustom] = useState(() => !models.some((model) => model.handle === form.model));
  const support = reasoningSupport(agentType, choice.providerType, choice.modelName);
  const numberInput = (
    field: "temperature" | "maxTokens" | "contextWindow",
    mode: "decimal" | "numeric",
    placeholder?: string,
  ) => (
    <input
      id={settingId(field)}
      inputMode={mode}
      value={form[field]}
      placeholder={placeholder}
      onChange={(event) => onChange(field, event.target.value)}
      className={`${inputClass} font-mono`}
      {...settingInvalidProps(field, errors[field])}
    />
  );

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold">Model settings</legend>
      <SettingField label="Model" field="model" dirty={dirty("model")} error={custom ? undefined : errors.model}>
        <select
          id={settingId("model")}
          value={custom ? CUSTOM_MODEL : form.model}
          onChange={(event) => {
            const next = event.target.value;
            setCustom(next === CUSTOM_MODEL);
            if (next !== CUSTOM_MODEL) onChange("model", next);
          }}
          className={inputClass}
          {...settingInvalidProps("model", custom ? undefined : errors.model)}
        >
          {models.map((model) => (
            <option key={model.handle} value={model.handle}>
              {model.handle} ({model.contextWindow.toLocaleString("en")} tokens)
            </option>
          ))}
          <option value={CUSTOM_MODEL}>Another handle (type it)…</option>
        </select>
      </SettingField>
      {custom ? (
        <SettingField
          label="Model handle"
          field="customModel"
          dirty={dirty("model")}
          error={errors.model}
          hint="provider/model, for a model the server does not list."
        >
          <input
            id={settingId("customModel")}
            value={form.model}
            onChange={(event) => onChange("model", event.target.value)}
            className={`${inputClass} font-mono`}
            {...settingInvalidProps("customModel", errors.model)}
          />
        </SettingField>
      ) : null}
      <div className="grid grid-cols-2 gap-3">
        <SettingField
          label="Temperature"
          field="temperature"
          dirty={dirty("temperature")}
          error={errors.temperature}
          hint="0 to 2"
        >
          {numberInput("temperature", "decimal")}
        </SettingField>
        <SettingField
          label="Max output tokens"
          field="maxTokens"
          dirty={dirty("maxTokens")}
          error={errors.maxTokens}
          hint="Empty: the provider's default"
        >
          {numberInput("maxTokens", "numeric", "default")}
        </SettingField>
        <SettingField
          label="Context window limit"
          field="contextWindow"
          dirty={dirty("contextWindow")}
          error={errors.contextWindow}
          hint={
            choice.maxContextWindow !== null ? `At most ${choice.maxContextWindow.toLocaleString("en")}` : undefined
          }
        >
          {numberInput("contextWindow", "numeric")}
        </SettingField>
      </div>
      {support === "toggle" ? (
        <SettingField label="Reasoning" field="reasoning" dirty={dirty("reasoning")} labelled={false}>
          <label className="flex items-center gap-2">
            <input
              id={settingId("reasoning")}
              type="checkbox"
              checked={form.reasoning}
              onChange={(event) => onChange("reasoning", event.target.checked)}
            />
            <span>Let the model reason before it answers</span>
          </label>
        </SettingField>
      ) : (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          Reasoning:{" "}
          {support === "always"
            ? "this model always reasons."
            : "this model does not reason for this agent type (Letta v1 agents reason only with models that reason natively)."}
        </p>
      )}
      {isOpenAIReasoner(choice.providerType, choice.modelName) ? (
        <SettingField
          label="Reasoning effort"
          field="reasoningEffort"
          dirty={dirty("reasoningEffort")}
          error={errors.reasoningEffort}
        >
          <select
            id={settingId("reasoningEffort")}
            value={form.reasoningEffort}
            onChange={(event) => onChange("reasoningEffort", event.target.value)}
            className={inputClass}
          >
            <option value="">Model default</option>
            {reasoningEfforts.map((effort) => (
              <option key={effort} value={effort}>
                {effort}
              </option>
            ))}
          </select>
        </SettingField>
      ) : null}
      <SettingField
        label="Embedding model"
        field="embedding"
        dirty={dirty("embedding")}
        error={errors.embedding}
        hint="For archival memory search."
      >
        <select
          id={settingId("embedding")}
          value={form.embedding}
          onChange={(event) => onChange("embedding", event.target.value)}
          className={inputClass}
          {...settingInvalidProps("embedding", errors.embedding)}
        >
          {hasEmbedding ? null : <option value="">None</option>}
          {embeddings.map((embedding) => (
            <option key={embedding.handle} value={embedding.handle}>
              {embedding.handle}
            </option>
          ))}
          {form.embedding && !embeddings.some((embedding) => embedding.handle === form.embedding) ? (
            <option value={form.embedding}>{form.embedding}</option>
          ) : null}
        </select>
      </SettingField>
    </fieldset>
  );
}
