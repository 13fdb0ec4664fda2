"use client";

import type { EmbeddingOption, ModelOption } from "@/lib/models/types";
import { Field, inputClass, inputId, invalidProps } from "./form-field";

export const CUSTOM_MODEL = "__custom__";

interface ModelFieldsProps {
  modelGroups: Array<[string, ModelOption[]]>;
  embeddingGroups: Array<[string, EmbeddingOption[]]>;
  modelChoice: string;
  customModel: string;
  embedding: string;
  errors: Record<string, string>;
  onModelChoice: (value: string) => void;
  onCustomModel: (value: string) => void;
  onEmbedding: (value: string) => void;
}

export function ModelFields(props: ModelFieldsProps) {
  const { modelGroups, embeddingGroups, errors } = props;
  const noModels = modelGroups.length === 0;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="space-y-2">
        <Field
          label="Model"
          field="model"
          error={props.modelChoice === CUSTOM_MODEL ? undefined : errors.model}
          hint={
            noModels
              ? "The server offers no chat model: add a provider (e.g. OPENAI_API_KEY) and restart it."
              : undefined
          }
        >
          <select
            id={inputId("model")}
            value={props.modelChoice}
            onChange={(event) => props.onModelChoice(event.target.value)}
            className={inputClass}
            {...invalidProps("model", props.modelChoice === CUSTOM_MODEL ? undefined : errors.model)}
          >
            <option value="">{noModels ? "No model available" : "Choose a model"}</option>
            {modelGroups.map(([provider, models]) => (
              <optgroup key={provider} label={provider}>
                {models.map((model) => (
                  <option key={model.handle} value={model.handle}>
                    {model.handle}
                  </option>
                ))}
              </optgroup>
            ))}
            <option value={CUSTOM_MODEL}>Another handle (type it)…</option>
          </select>
        </Field>
        {props.modelChoice === CUSTOM_MODEL ? (
          <Field
            label="Model handle"
            field="customModel"
            error={errors.model}
            hint="provider/model, for a model the server does not list."
          >
            <input
              id={inputId("customModel")}
              value={props.customModel}
              onChange={(event) => props.onCustomModel(event.target.value)}
              placeholder="openai/gpt-4.1-mini"
              className={`${inputClass} font-mono`}
              {...invalidProps("customModel", errors.model)}
            />
          </Field>
        ) : null}
      </div>
      <Field
        label="Embedding model"
        field="embedding"
        error={errors.embedding}
        hint="For archival memory search; sleep-time memory needs one."
      >
        <select
          id={inputId("embedding")}
          value={props.embedding}
          onChange={(event) => props.onEmbedding(event.target.value)}
          className={inputClass}
          {...invalidProps("embedding", errors.embedding)}
        >
          <option value="">None</option>
          {embeddingGroups.map(([provider, embeddings]) => (
            <optgroup key={provider} label={provider}>
              {embeddings.map((embedding) => (
                <option key={embedding.handle} value={embedding.handle}>
                  {embedding.handle}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
    </div>
  );
}
