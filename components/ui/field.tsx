import type { ReactNode } from "react";

/** The one field style: inputs, selects and textareas across the ADE. */
export const inputClass =
  "w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm aria-invalid:border-red-600 dark:border-zinc-700 dark:bg-zinc-900";

/** A file input in the field style, its "Choose file" button drawn to match. */
export const fileInputClass = `${inputClass} file:mr-3 file:rounded file:border-0 file:bg-zinc-100 file:px-2 file:py-1 dark:file:bg-zinc-800 dark:file:text-zinc-100`;

/** The id of a field's error message, for aria-describedby. */
export const errorId = (field: string) => `error-${field.replace(/\./g, "-")}`;

/** Props that tie an input to its error message. */
export function invalidProps(field: string, error: string | undefined) {
  return error ? { "aria-invalid": true as const, "aria-describedby": errorId(field) } : {};
}

export function FieldError({ field, error }: { field: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={errorId(field)} className="text-xs text-red-700 dark:text-red-400">
      {error}
    </p>
  );
}

/** The id of a field's input, for its label. */
export const inputId = (field: string) => `field-${field.replace(/\./g, "-")}`;

/** A labelled field; the hint and error sit outside the label so they do not become part of its name. */
export function Field({
  label,
  field,
  error,
  hint,
  children,
}: {
  label: string;
  field: string;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={inputId(field)} className="font-medium">
        {label}
      </label>
      {children}
      {hint ? <span className="text-xs text-zinc-500">{hint}</span> : null}
      <FieldError field={field} error={error} />
    </div>
  );
}

/** The compact field style of dense panels (memory blocks). */
export const compactInputClass =
  "w-full rounded border border-zinc-300 bg-white px-2 py-1 text-xs aria-invalid:border-red-600 dark:border-zinc-700 dark:bg-zinc-950";
