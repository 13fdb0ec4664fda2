"use client";

import { Check, TextField } from "../form/fields";
import { PairRows } from "../form/pair-rows";
import type { DraftFieldsProps } from "./draft-fields-props";
import { MatchFields } from "./match-fields";
import { TargetFields } from "./target-fields";

const expectedHint = "Empty: the case's expected answer.";

function ToolField({ draft, errors, set, hint }: DraftFieldsProps & { hint?: string }) {
  return (
    <TextField
      label="Tool name"
      field="grader-tool"
      value={draft.tool}
      error={errors.tool}
      hint={hint}
      onChange={(tool) => set({ tool })}
    />
  );
}

/** The fields of the grader's kind. */
export function KindFields({ draft, errors, set }: DraftFieldsProps) {
  const props = { draft, errors, set };
  switch (draft.kind) {
    case "reply":
      return (
        <>
          <TargetFields {...props} />
          <MatchFields {...props} valueHint={expectedHint} />
        </>
      );
    case "tool_called":
      return (
        <>
          <ToolField {...props} />
          <PairRows
            legend="Arguments (each value, as JSON, must match a regular expression)"
            rows={draft.argumentRows}
            keys={["name", "pattern"]}
            columns={[
              { label: "Argument", field: "grader-argument-name" },
              { label: "Pattern", field: "grader-argument-pattern" },
            ]}
            errors={(row) => errors[`arguments.${row.name.trim()}`]}
            removeLabel="Remove argument"
            addLabel="Add an argument"
            onChange={(argumentRows) => set({ argumentRows })}
          />
        </>
      );
    case "tool_output":
      return (
        <>
          <ToolField {...props} hint="Empty: any tool's output." />
          <MatchFields {...props} />
        </>
      );
    case "memory":
      return (
        <>
          <TextField
            label="Block label"
            field="grader-label"
            value={draft.label}
            error={errors.label}
            onChange={(label) => set({ label })}
          />
          <MatchFields {...props} valueHint={expectedHint} />
          <Check
            label="Read the block after the sleep-time agent's run"
            checked={draft.afterSleeptime}
            onChange={(afterSleeptime) => set({ afterSleeptime })}
          />
        </>
      );
    case "model_judge":
      return (
        <>
          <TextField
            label="Rubric"
            field="grader-rubric"
            value={draft.rubric}
            error={errors.rubric}
            rows={3}
            onChange={(rubric) => set({ rubric })}
          />
          <TextField
            label="Judge model"
            field="grader-model"
            value={draft.model}
            error={errors.model}
            hint="A model handle; empty: the agent's own model."
            onChange={(model) => set({ model })}
          />
          <TargetFields {...props} />
        </>
      );
  }
}
