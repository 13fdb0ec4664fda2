"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { inputClass } from "@/components/agents/form-field";
import { ErrorPanel } from "@/components/error-panel";
import { toast } from "@/components/ui/toast";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import {
  changedSettings,
  dirtyFields,
  toSettingsForm,
  type SettingsErrors,
  type SettingsField,
  type SettingsForm,
  type SettingsPatch,
} from "@/lib/agents/settings";
import { unwrap } from "@/lib/actions/result";
import { updateAgentSettingsAction } from "@/lib/agents/actions";
import type { AgentSettingsView } from "@/lib/agents/types";
import type { EmbeddingOption, ModelOption } from "@/lib/models/types";
import { hasPrefix, queryKeys, settingsKeys } from "@/lib/query-keys";
import { AgentIdentity } from "./agent-identity";
import { useSettingsDrafts, useSettingsDraftsHydrated } from "./draft-store";
import { chosenModel, ModelSettingsFields } from "./model-settings-fields";
import { settingsQuery } from "@/lib/settings/queries";
import { SaveBar } from "./save-bar";
import { SettingField, settingId, settingInvalidProps } from "./setting-field";
import { SystemPromptField } from "./system-prompt-field";

interface SettingsEditorProps {
  agentId: string;
  initial: AgentSettingsView | undefined;
  models: ModelOption[];
  embeddings: EmbeddingOption[];
}

const noDraft: Partial<SettingsForm> = {};

/** The agent's settings; edits stay drafts (kept in the browser) until Save sends the changed fields. */
export function SettingsEditor({ agentId, initial, models, embeddings }: SettingsEditorProps) {
  const settings = useQuery({ ...settingsQuery(agentId), initialData: initial });
  // The form waits for the saved drafts: an edit made before they load would be shown against the wrong base.
  const hydrated = useSettingsDraftsHydrated();
  if (settings.data && hydrated)
    return <SettingsForm agentId={agentId} view={settings.data} models={models} embeddings={embeddings} />;
  if (settings.error) return <InlineError error={toErrorBody(settings.error)} />;
  return <p className="text-sm text-zinc-500">Loading settings…</p>;
}

interface SettingsFormProps {
  agentId: string;
  view: AgentSettingsView;
  models: ModelOption[];
  embeddings: EmbeddingOption[];
}

function SettingsForm({ agentId, view, models, embeddings }: SettingsFormProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const hydrated = useSettingsDraftsHydrated();
  const storedDraft = useSettingsDrafts((state) => state.drafts[agentId]);
  const setField = useSettingsDrafts((state) => state.setField);
  const discardDraft = useSettingsDrafts((state) => state.discard);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [version, setVersion] = useState(0);

  const base = view.settings;
  const baseForm = toSettingsForm(base);
  const form: SettingsForm = { ...baseForm, ...(hydrated ? (storedDraft ?? noDraft) : noDraft) };
  const dirty = new Set(dirtyFields(baseForm, form));
  const isDirty = (field: SettingsField) => dirty.has(field);
  const choice = chosenModel(form.model, models, {
    handle: base.model,
    providerType: view.info.providerType,
    modelName: view.info.modelName,
  });

  const save = useMutation({
    mutationFn: async (patch: SettingsPatch) => unwrap(updateAgentSettingsAction({ agentId, ...patch })),
    onSuccess: (saved, patch) => {
      toast.success("Settings saved");
      queryClient.setQueryData(settingsKeys.settings(agentId), saved);
      discardDraft(agentId);
      setVersion((current) => current + 1);
      void queryClient.invalidateQueries({
        queryKey: queryKeys.agent(agentId),
        // Not the settings just saved (and set above).
        predicate: (query) => !hasPrefix(query.queryKey, settingsKeys.settings(agentId)),
      });
      void queryClient.invalidateQueries({ queryKey: settingsKeys.compiledPrompt(agentId) });
      if (patch.name !== undefined || patch.description !== undefined || patch.tags !== undefined) {
        queryClient.removeQueries({ queryKey: queryKeys.agentList() });
        router.refresh();
      }
    },
    // A model change is two writes on the server: the first may have gone through.
    onError: () => void queryClient.invalidateQueries({ queryKey: settingsKeys.settings(agentId), exact: true }),
  });

  const onChange = <Field extends SettingsField>(field: Field, value: SettingsForm[Field]) => {
    setField(agentId, field, value, baseForm[field]);
    if (errors[field] || (field === "model" && errors.contextWindow))
      setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    // The checks (zod) load with the first save.
    const { parseSettingsForm } = await import("@/lib/agents/settings-schema");
    const parsed = parseSettingsForm(form, { maxContextWindow: choice.maxContextWindow }, base);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    const patch = changedSettings(base, parsed.values);
    if (Object.keys(patch).length === 0) {
      discardDraft(agentId);
      return;
    }
    save.mutate(patch);
  };

  const onDiscard = () => {
    discardDraft(agentId);
    setErrors({});
    save.reset();
    setVersion((current) => current + 1);
  };

  const errorCount = Object.values(errors).filter(Boolean).length;

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Agent settings" className="space-y-4">
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">Details</legend>
        <SettingField label="Name" field="name" dirty={isDirty("name")} error={errors.name}>
          <input
            id={settingId("name")}
            value={form.name}
            onChange={(event) => onChange("name", event.target.value)}
            className={inputClass}
            {...settingInvalidProps("name", errors.name)}
          />
        </SettingField>
        <SettingField label="Description" field="description" dirty={isDirty("description")} error={errors.description}>
          <textarea
            id={settingId("description")}
            value={form.description}
            rows={2}
            onChange={(event) => onChange("description", event.target.value)}
            className={inputClass}
            {...settingInvalidProps("description", errors.description)}
          />
        </SettingField>
        <SettingField label="Tags" field="tags" dirty={isDirty("tags")} error={errors.tags} hint="Comma-separated">
          <input
            id={settingId("tags")}
            value={form.tags}
            onChange={(event) => onChange("tags", event.target.value)}
            className={inputClass}
            {...settingInvalidProps("tags", errors.tags)}
          />
        </SettingField>
      </fieldset>
      <ModelSettingsFields
        // Mounted again once the drafts are loaded: the model picker starts from the draft's handle.
        key={`${version}-${hydrated}`}
        form={form}
        dirty={isDirty}
        errors={errors}
        onChange={onChange}
        models={models}
        embeddings={embeddings}
        agentType={view.info.agentType}
        choice={choice}
        hasEmbedding={base.embedding !== ""}
      />
      <SystemPromptField
        agentId={agentId}
        value={form.system}
        dirty={isDirty("system")}
        error={errors.system}
        onChange={(value) => onChange("system", value)}
      />
      <AgentIdentity info={view.info} />
      {save.error ? (
        <ErrorPanel title="The settings were not saved; your changes are kept" error={toErrorBody(save.error)} />
      ) : null}
      <SaveBar unsaved={dirty.size} invalid={errorCount} saving={save.isPending} onDiscard={onDiscard} />
    </form>
  );
}
