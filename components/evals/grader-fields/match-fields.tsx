"use client";

import { Check, SelectField, TextField } from "../form/fields";
import type { GraderDraft } from "../grader-draft";
import type { DraftFieldsProps } from "./draft-fields-props";

const matchOptions = [
  { value: "contains", label: "contains" },
  { value: "exact", label: "exact" },
  { value: "regex", label: "regular expression" },
] as const;

/** Exact, contains or regular expression; the value or pattern; case-sensitivity. */
export function MatchFields({ draft, errors, set, valueHint }: DraftFieldsProps & { valueHint?: string }) {
  return (
    <>
      <SelectField<GraderDraft["match"]>
        label="Match"
        field="grader-match"
        value={draft.match}
        options={matchOptions}
        error={errors.match}
        onChange={(match) => set({ match })}
      />
      <TextField
        label={draft.match === "regex" ? "Pattern" : "Value"}
        field="grader-value"
        value={draft.value}
        error={errors.value}
        hint={
          draft.match === "regex"
            ? [valueHint, "RE2 syntax: no lookarounds or backreferences."].filter(Boolean).join(" ")
            : valueHint
        }
        rows={3}
        onChange={(value) => set({ value })}
      />
      <Check
        label="Case-sensitive"
        checked={draft.caseSensitive}
        onChange={(caseSensitive) => set({ caseSensitive })}
      />
    </>
  );
}
