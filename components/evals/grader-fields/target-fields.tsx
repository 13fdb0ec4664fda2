"use client";

import { SelectField, TextField } from "../form/fields";
import type { GraderDraft } from "../grader-draft";
import type { DraftFieldsProps } from "./draft-fields-props";

const targetOptions = [
  { value: "last_assistant", label: "the last reply" },
  { value: "all_assistant", label: "every reply of the case" },
  { value: "after_marker", label: "the last reply after a marker" },
] as const;

/** Which text of the case a reply grader or a judge reads. */
export function TargetFields({ draft, errors, set }: DraftFieldsProps) {
  return (
    <>
      <SelectField<GraderDraft["targetFrom"]>
        label="Read"
        field="grader-target"
        value={draft.targetFrom}
        options={targetOptions}
        onChange={(targetFrom) => set({ targetFrom })}
      />
      {draft.targetFrom === "after_marker" ? (
        <TextField
          label="Marker"
          field="grader-marker"
          value={draft.marker}
          error={errors["target.marker"]}
          onChange={(marker) => set({ marker })}
        />
      ) : null}
    </>
  );
}
