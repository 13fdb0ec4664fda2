"use client";

import { useId, useState, type FormEvent } from "react";
import { InlineError } from "@/components/ui/inline-error";
import { type AppErrorBody, toErrorBody } from "@/lib/errors";
import {
  RULE_TYPES,
  ruleFromDraft,
  type EditableRule,
  type EditableRuleType,
  type RuleDraft,
  type RuleDraftErrors,
  type RuleDraftField,
} from "@/lib/tools/rules";
import { Button } from "@/components/ui/button";

const fieldClass = "w-full rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950";

interface RuleFormProps {
  label: string;
  initial: RuleDraft;
  toolNames: string[];
  submitLabel: string;
  pending: boolean;
  isDuplicate: (rule: EditableRule) => boolean;
  onSubmit: (rule: EditableRule) => Promise<void>;
  onCancel: () => void;
}

/** One tool rule's fields for its type, checked before anything is sent; a refused save keeps the draft and shows the server's reason. */
export function RuleForm({
  label,
  initial,
  toolNames,
  submitLabel,
  pending,
  isDuplicate,
  onSubmit,
  onCancel,
}: RuleFormProps) {
  const [draft, setDraft] = useState(initial);
  const toolListId = useId();
  const [errors, setErrors] = useState<RuleDraftErrors>({});
  const [serverError, setServerError] = useState<AppErrorBody | null>(null);
  const set = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const help = RULE_TYPES.find((entry) => entry.type === draft.type)?.help;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const result = ruleFromDraft(draft, { toolNames });
    if ("errors" in result) return setErrors(result.errors);
    if (isDuplicate(result.rule)) return setErrors({ toolName: "The agent already has this rule" });
    setErrors({});
    try {
      await onSubmit(result.rule);
    } catch (error) {
      setServerError(toErrorBody(error));
    }
  };

  const text = (
    field: RuleDraftField,
    name: string,
    options: { multiline?: boolean; placeholder?: string; hint?: string } = {},
  ) => (
    <div>
      <label className="block">
        {name}
        {options.multiline ? (
          <textarea
            rows={3}
            value={draft[field]}
            placeholder={options.placeholder}
            onChange={(event) => set(field, event.target.value)}
            aria-invalid={errors[field] ? true : undefined}
            className={`${fieldClass} font-mono`}
          />
        ) : (
          <input
            value={draft[field]}
            placeholder={options.placeholder}
            onChange={(event) => set(field, event.target.value)}
            aria-invalid={errors[field] ? true : undefined}
            className={fieldClass}
          />
        )}
      </label>
      {options.hint ? <p className="text-zinc-500">{options.hint}</p> : null}
      {errors[field] ? <p className="text-red-700 dark:text-red-400">{errors[field]}</p> : null}
    </div>
  );

  return (
    <form aria-label={label} onSubmit={(event) => void submit(event)} className="space-y-2 text-xs" noValidate>
      <label className="block">
        Rule type
        <select
          value={draft.type}
          onChange={(event) => set("type", event.target.value as EditableRuleType)}
          className={fieldClass}
        >
          {RULE_TYPES.map((entry) => (
            <option key={entry.type} value={entry.type}>
              {entry.label}
            </option>
          ))}
        </select>
      </label>
      {help ? <p className="text-zinc-500">{help}</p> : null}
      <div>
        <label className="block">
          Tool
          <input
            list={toolListId}
            value={draft.toolName}
            onChange={(event) => set("toolName", event.target.value)}
            aria-invalid={errors.toolName ? true : undefined}
            className={fieldClass}
          />
        </label>
        <datalist id={toolListId}>
          {toolNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {errors.toolName ? <p className="text-red-700 dark:text-red-400">{errors.toolName}</p> : null}
      </div>
      {draft.type === "max_count_per_step" ? text("maxCount", "Max calls per step") : null}
      {draft.type === "constrain_child_tools" || draft.type === "parent_last_tool"
        ? text("children", draft.type === "parent_last_tool" ? "Tools allowed only after it" : "Allowed next tools", {
            placeholder: "tool_a, tool_b",
          })
        : null}
      {draft.type === "constrain_child_tools"
        ? text("childArgNodes", "Prefilled arguments for children (JSON, optional)", {
            multiline: true,
            placeholder: '[{"name": "tool_a", "args": {"key": "value"}}]',
          })
        : null}
      {draft.type === "run_first"
        ? text("args", "Prefilled arguments (JSON, optional)", { multiline: true, placeholder: '{"key": "value"}' })
        : null}
      {draft.type === "conditional" ? (
        <>
          {text("mapping", "Output to next tool", {
            multiline: true,
            placeholder: "yes => tool_a\nno => tool_b",
            hint: "One per line: output => tool",
          })}
          {text("defaultChild", "Default next tool (optional)")}
          <label className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={draft.requireOutputMapping}
              onChange={(event) => set("requireOutputMapping", event.target.checked)}
            />
            Output must match a case
          </label>
        </>
      ) : null}
      <InlineError error={serverError} />
      <div className="flex gap-2">
        <Button variant="primary" size="sm" type="submit" disabled={pending}>
          {submitLabel}
        </Button>
        <Button variant="secondary" size="sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
