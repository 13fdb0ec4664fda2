"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ErrorPanel } from "@/components/error-panel";
import type { CreateAgentInput } from "@/lib/agents/create-schema";
import { creatableAgentTypes } from "@/lib/agents/defaults";
import { parseTagsText, tagsText } from "@/lib/agents/tags";
import { agentTemplates, blankValues, findTemplate, type TemplateValues } from "@/lib/agents/templates";
import { toErrorBody } from "@/lib/errors";
import { unwrap } from "@/lib/actions/result";
import { createAgentAction } from "@/lib/agents/actions";
import { queryKeys } from "@/lib/query-keys";
import type { EmbeddingOption, ModelOption } from "@/lib/models/types";
import type { ToolOption } from "@/lib/tools/types";
import { Field, inputClass, inputId, invalidProps } from "./form-field";
import { MemoryBlocksEditor } from "./memory-blocks-editor";
import { CUSTOM_MODEL, ModelFields } from "./model-fields";
import { ToolOptions } from "./tool-options";
import { Button } from "@/components/ui/button";

interface CreateAgentFormProps {
  modelGroups: Array<[string, ModelOption[]]>;
  embeddingGroups: Array<[string, EmbeddingOption[]]>;
  tools: ToolOption[];
  initialTemplate?: string;
}

export function CreateAgentForm({ modelGroups, embeddingGroups, tools, initialTemplate }: CreateAgentFormProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const firstModel = modelGroups[0]?.[1][0]?.handle ?? "";
  const firstEmbedding = embeddingGroups[0]?.[1][0]?.handle ?? "";
  const [values, setValues] = useState<TemplateValues>(
    () => findTemplate(initialTemplate ?? "")?.values ?? blankValues,
  );
  const [tagsInput, setTagsInput] = useState(() => tagsText(values.tags));
  const [modelChoice, setModelChoice] = useState(firstModel);
  const [customModel, setCustomModel] = useState("");
  const [embedding, setEmbedding] = useState(firstEmbedding);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const create = useMutation({
    mutationFn: async (input: CreateAgentInput) => unwrap(createAgentAction(input)),
    onSuccess: ({ id }) => {
      queryClient.removeQueries({ queryKey: queryKeys.agents() });
      router.push(`/agents/${id}`);
    },
  });

  const set = (change: Partial<TemplateValues>) => setValues((current) => ({ ...current, ...change }));
  const applyTemplate = (values: TemplateValues) => {
    setValues(values);
    setTagsInput(tagsText(values.tags));
    setErrors({});
    if (values.enableSleeptime && !embedding) setEmbedding(firstEmbedding);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input: CreateAgentInput = {
      ...values,
      model: modelChoice === CUSTOM_MODEL ? customModel : modelChoice,
      embedding,
      tags: parseTagsText(tagsInput),
    };
    // The checks (zod) load with the first submit.
    const { createAgentSchema, fieldErrors } = await import("@/lib/agents/create-schema");
    const parsed = createAgentSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    create.mutate(input);
  };

  const errorCount = Object.keys(errors).length;
  // Errors no field shows (the tool list, the form as a whole) are named in the summary instead.
  const unplaced = Object.entries(errors)
    .filter(([key]) => !/^(name|agentType|description|model|embedding|tags|blocks)(\.|$)/.test(key))
    .map(([, message]) => message);
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="space-y-6" aria-label="Create agent">
      <section aria-labelledby="templates-heading" className="space-y-2">
        <h2 id="templates-heading" className="text-sm font-medium">
          Start from a template
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
          {agentTemplates.map((template) => (
            <li key={template.id}>
              <Button
                variant="secondary"
                size="sm"
                onClick={() => applyTemplate(template.values)}
                className="h-full w-full text-left"
              >
                <span className="block text-sm font-medium">
                  <span className="sr-only">Use template: </span>
                  {template.title}
                </span>
                <span className="block text-xs text-zinc-500">{template.summary}</span>
              </Button>
            </li>
          ))}
        </ul>
      </section>

      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Name" field="name" error={errors.name}>
          <input
            id={inputId("name")}
            value={values.name}
            onChange={(event) => set({ name: event.target.value })}
            className={inputClass}
            {...invalidProps("name", errors.name)}
          />
        </Field>
        <Field
          label="Agent type"
          field="agentType"
          error={errors.agentType}
          hint={creatableAgentTypes.find((type) => type.value === values.agentType)?.hint}
        >
          <select
            id={inputId("agentType")}
            value={values.agentType}
            onChange={(event) => set({ agentType: event.target.value as TemplateValues["agentType"] })}
            className={inputClass}
          >
            {creatableAgentTypes.map((type) => (
              <option key={type.value} value={type.value}>
                {type.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="Description" field="description" error={errors.description}>
        <textarea
          id={inputId("description")}
          value={values.description}
          rows={2}
          onChange={(event) => set({ description: event.target.value })}
          className={inputClass}
          {...invalidProps("description", errors.description)}
        />
      </Field>

      <ModelFields
        modelGroups={modelGroups}
        embeddingGroups={embeddingGroups}
        modelChoice={modelChoice}
        customModel={customModel}
        embedding={embedding}
        errors={errors}
        onModelChoice={setModelChoice}
        onCustomModel={setCustomModel}
        onEmbedding={setEmbedding}
      />

      <MemoryBlocksEditor blocks={values.blocks} errors={errors} onChange={(blocks) => set({ blocks })} />

      <ToolOptions
        tools={tools}
        includeBaseTools={values.includeBaseTools}
        toolNames={values.toolNames}
        onIncludeBaseTools={(includeBaseTools) => set({ includeBaseTools })}
        onToolNames={(toolNames) => set({ toolNames })}
      />

      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={values.enableSleeptime}
          onChange={(event) => set({ enableSleeptime: event.target.checked })}
          className="mt-1"
        />
        <span>
          Sleep-time memory
          <span className="block text-xs text-zinc-500">
            A second agent reorganises this agent&apos;s memory in the background (needs an embedding model).
          </span>
        </span>
      </label>

      <Field
        label="Tags"
        field="tags"
        error={errors.tags ?? Object.entries(errors).find(([key]) => key.startsWith("tags."))?.[1]}
        hint="Comma-separated, e.g. support, beta"
      >
        <input
          id={inputId("tags")}
          value={tagsInput}
          onChange={(event) => setTagsInput(event.target.value)}
          className={inputClass}
          {...invalidProps("tags", errors.tags)}
        />
      </Field>

      {errorCount > 0 ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {errorCount === 1 ? "One field needs attention" : `${errorCount} fields need attention`}: nothing was sent to
          the server.{unplaced.length > 0 ? ` ${unplaced.join(" ")}` : ""}
        </p>
      ) : null}
      {create.error ? (
        <ErrorPanel title="The server did not create the agent" error={toErrorBody(create.error)} />
      ) : null}
      <Button variant="primary" type="submit" disabled={create.isPending || create.isSuccess}>
        {create.isPending || create.isSuccess ? "Creating…" : "Create agent"}
      </Button>
    </form>
  );
}
