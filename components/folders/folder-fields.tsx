"use client";

import { useId, type ReactNode } from "react";
import type { z } from "zod";

export const inputClass =
  "w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm aria-invalid:border-red-600 dark:border-zinc-700 dark:bg-zinc-900";

/** Field errors from a zod failure, by field name (the first message of each). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "");
    errors[key] ??= issue.message;
  }
  return errors;
}

/** A labelled input whose error and hint are tied to it (ids are unique per form). */
export function FolderField({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string;
  hint?: string;
  children: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium">
        {label}
      </label>
      {children({
        id,
        ...(error ? { "aria-invalid": true as const } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface FolderText {
  name: string;
  description: string;
  instructions: string;
}

/** A folder's name, description and instructions, as the new-folder and settings forms both edit them. */
export function FolderTextFields({
  values,
  errors,
  onChange,
  labelPrefix = "",
  hints = {},
}: {
  values: FolderText;
  errors: Record<string, string>;
  onChange: (field: keyof FolderText) => (value: string) => void;
  /** Put before each label ("Folder " on the settings form, beside other forms). */
  labelPrefix?: string;
  hints?: Partial<Record<keyof FolderText, string>>;
}) {
  const label = (name: string) => (labelPrefix ? `${labelPrefix}${name.toLowerCase()}` : name);
  return (
    <>
      <FolderField label={label("Name")} error={errors.name} hint={hints.name}>
        {(props) => (
          <input
            {...props}
            value={values.name}
            onChange={(e) => onChange("name")(e.target.value)}
            className={inputClass}
          />
        )}
      </FolderField>
      <FolderField label={label("Description")} error={errors.description} hint={hints.description}>
        {(props) => (
          <input
            {...props}
            value={values.description}
            onChange={(e) => onChange("description")(e.target.value)}
            className={inputClass}
          />
        )}
      </FolderField>
      <FolderField label={label("Instructions")} error={errors.instructions} hint={hints.instructions}>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={values.instructions}
            onChange={(e) => onChange("instructions")(e.target.value)}
            className={inputClass}
          />
        )}
      </FolderField>
    </>
  );
}
