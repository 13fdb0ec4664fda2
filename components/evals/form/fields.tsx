"use client";

// The evals forms' fields: a text input or textarea, a select, a checkbox, each tied to its label and error.
import { Field, inputClass, inputId, invalidProps } from "@/components/ui/field";

/** A labelled text input (or textarea). */
export function TextField({
  label,
  field,
  value,
  error,
  hint,
  rows,
  inputMode,
  onChange,
}: {
  label: string;
  field: string;
  value: string;
  error?: string;
  hint?: string;
  /** A textarea of this many rows; an input when absent. */
  rows?: number;
  inputMode?: "decimal";
  onChange: (value: string) => void;
}) {
  const props = {
    id: inputId(field),
    inputMode,
    className: inputClass,
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    ...invalidProps(field, error),
  };
  return (
    <Field label={label} field={field} error={error} hint={hint}>
      {rows ? <textarea rows={rows} {...props} /> : <input {...props} />}
    </Field>
  );
}

export function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

/** A labelled select of fixed options. */
export function SelectField<Value extends string>({
  label,
  field,
  value,
  options,
  error,
  onChange,
}: {
  label: string;
  field: string;
  value: Value;
  options: readonly { value: Value; label: string }[];
  error?: string;
  onChange: (value: Value) => void;
}) {
  return (
    <Field label={label} field={field} error={error}>
      <select
        id={inputId(field)}
        className={inputClass}
        value={value}
        onChange={(event) => onChange(event.target.value as Value)}
        {...invalidProps(field, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
