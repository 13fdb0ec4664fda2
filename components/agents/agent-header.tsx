"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useDemoLock } from "@/components/access/access-context";
import { ErrorPanel } from "@/components/error-panel";
import { fieldErrors, updateAgentSchema, type UpdateAgentInput } from "@/lib/agents/create-schema";
import { parseTagsText, tagsText } from "@/lib/agents/tags";
import { AppError } from "@/lib/errors";
import { useSaveAgentDetails } from "./use-save-agent-details";
import { DeleteAgentButton } from "./delete-agent-dialog";
import { Field, inputClass, inputId, invalidProps } from "./form-field";

interface AgentHeaderProps {
  agent: { id: string; name: string; description: string | null; tags: string[] };
  sleeptimeAgentName: string | null;
  /** More actions for the agent (export, clone, …), shown before Delete. */
  actions?: ReactNode;
}

export function AgentHeader({ agent, sleeptimeAgentName, actions }: AgentHeaderProps) {
  const [editing, setEditing] = useState(false);
  const demo = useDemoLock();
  // The header shows the new details at once; a refusal puts the old ones back and reopens the form
  // with what was typed and the server's reason.
  const { shown, save } = useSaveAgentDetails(agent, {
    onStart: () => setEditing(false),
    onRefused: () => setEditing(true),
  });

  return (
    <header className="space-y-2">
      {editing ? (
        <AgentDetailsForm
          agent={save.isError && save.variables ? { ...shown, ...save.variables } : shown}
          error={save.error}
          onSave={(input) => save.mutate(input)}
          onCancel={() => {
            save.reset();
            setEditing(false);
          }}
        />
      ) : (
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0 space-y-1">
            <h1 id="agent-name" className="break-words text-xl font-semibold">
              {shown.name}
            </h1>
            {shown.description ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{shown.description}</p> : null}
            {shown.tags.length > 0 ? (
              <ul aria-label="Agent tags" className="flex flex-wrap gap-1">
                {shown.tags.map((tag) => (
                  <li key={tag} className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs dark:bg-zinc-800">
                    {tag}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          <div role="group" aria-label="Agent actions" className="flex flex-wrap gap-2">
            <button
              type="button"
              {...demo.props}
              onClick={() => setEditing(true)}
              className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
            >
              Edit details
            </button>
            {actions}
            <DeleteAgentButton agentId={shown.id} agentName={shown.name} sleeptimeAgentName={sleeptimeAgentName} />
          </div>
        </div>
      )}
    </header>
  );
}

interface DetailsFormProps {
  agent: { name: string; description: string | null; tags: string[] };
  error: Error | null;
  onSave: (input: UpdateAgentInput) => void;
  onCancel: () => void;
}

function AgentDetailsForm({ agent, error, onSave, onCancel }: DetailsFormProps) {
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
      {error ? (
        <ErrorPanel
          title="The changes were not saved"
          error={
            error instanceof AppError
              ? error.toJSON()
              : { code: "server_error", message: error.message, hint: "Try again." }
          }
        />
      ) : null}
      <div className="flex gap-2">
        <button
          type="submit"
          className="rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-50"
        >
          Save
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
