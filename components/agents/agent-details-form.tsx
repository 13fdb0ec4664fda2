"use client";

import { useState, type FormEvent } from "react";
import { ErrorPanel } from "@/components/error-panel";
import { fieldErrors, updateAgentSchema, type UpdateAgentInput } from "@/lib/agents/create-schema";
import { parseTagsText, tagsText } from "@/lib/agents/tags";
import { toErrorBody } from "@/lib/errors";
import { Field, inputClass, inputId, invalidProps } from "./form-field";
import { Button } from "@/components/ui/button";

interface DetailsFormProps {
  agent: { name: string; description: string | null; tags: string[] };
  error: Error | null;
  onSave: (input: UpdateAgentInput) => void;
  onCancel: () => void;
}

/** The agent header's form for its name, description and tags. */
export function AgentDetailsForm({ agent, error, onSave, onCancel }: DetailsFormProps) {
  const [name, setName] = useState(agent.name);
  const [description, setDescription] = useState(agent.description ?? "");
  const [tags, setTags] = useState(tagsText(agent.tags));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input: UpdateAgentInput = { name, description, tags: parseTagsText(tags) };
    const parsed = updateAgentSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    onSave(input);
  };

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Agent details"
      className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <Field label="Name" field="name" error={errors.name}>
        <input
          id={inputId("name")}
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoFocus
          className={inputClass}
          {...invalidProps("name", errors.name)}
        />
      </Field>
      <Field label="Description" field="description" error={errors.description}>
        <textarea
          id={inputId("description")}
          value={description}
          rows={2}
          onChange={(event) => setDescription(event.target.value)}
          className={inputClass}
          {...invalidProps("description", errors.description)}
        />
      </Field>
      <Field label="Tags" field="tags" error={errors.tags} hint="Comma-separated">
        <input
          id={inputId("tags")}
          value={tags}
          onChange={(event) => setTags(event.target.value)}
          className={inputClass}
          {...invalidProps("tags", errors.tags)}
        />
      </Field>
      {error ? <ErrorPanel title="The changes were not saved" error={toErrorBody(error)} /> : null}
      <div className="flex gap-2">
        <Button variant="primary" type="submit">
          Save
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
