"use client";

import { TextField } from "./form/fields";

export interface DatasetMetaValues {
  name: string;
  description: string;
  gate: string;
}

/** A dataset's name, gate and description: the new-dataset form's and the dataset settings' fields. */
export function DatasetMetaFields({
  prefix,
  values,
  errors,
  gateHint,
  onChange,
}: {
  /** Field ids: `<prefix>-name`… */
  prefix: string;
  values: DatasetMetaValues;
  errors: Record<string, string>;
  gateHint?: string;
  onChange: (values: DatasetMetaValues) => void;
}) {
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <TextField
          label="Name"
          field={`${prefix}-name`}
          value={values.name}
          error={errors.name}
          onChange={(name) => onChange({ ...values, name })}
        />
        <TextField
          label="Gate (pass rate, 0 to 1)"
          field={`${prefix}-gate`}
          value={values.gate}
          error={errors.gate}
          hint={gateHint}
          inputMode="decimal"
          onChange={(gate) => onChange({ ...values, gate })}
        />
      </div>
      <TextField
        label="Description"
        field={`${prefix}-description`}
        value={values.description}
        error={errors.description}
        rows={2}
        onChange={(description) => onChange({ ...values, description })}
      />
    </>
  );
}
