import type { GraderKind, GraderSpec } from "@/lib/evals/types";

/** A grader as its form edits it: every kind's fields as text, turned into a spec on save. */
export interface GraderDraft {
  id: string;
  name: string;
  kind: GraderKind;
  weight: string;
  threshold: string;
  match: "exact" | "contains" | "regex";
  value: string;
  caseSensitive: boolean;
  targetFrom: "last_assistant" | "all_assistant" | "after_marker";
  marker: string;
  tool: string;
  argumentRows: { name: string; pattern: string }[];
  label: string;
  afterSleeptime: boolean;
  rubric: string;
  model: string;
}

export const graderKinds: { kind: GraderKind; label: string }[] = [
  { kind: "reply", label: "Reply matches" },
  { kind: "tool_called", label: "Tool was called" },
  { kind: "tool_output", label: "Tool output matches" },
  { kind: "memory", label: "Memory block matches" },
  { kind: "model_judge", label: "Model judge (rubric)" },
];

export function emptyGraderDraft(id: string): GraderDraft {
  return {
    id,
    name: "",
    kind: "reply",
    weight: "1",
    threshold: "1",
    match: "contains",
    value: "",
    caseSensitive: false,
    targetFrom: "last_assistant",
    marker: "",
    tool: "",
    argumentRows: [],
    label: "human",
    afterSleeptime: false,
    rubric: "",
    model: "",
  };
}

export function draftOfGrader(grader: GraderSpec): GraderDraft {
  const draft = { ...emptyGraderDraft(grader.id), name: grader.name, kind: grader.kind };
  const common = { ...draft, weight: String(grader.weight), threshold: String(grader.threshold) };
  switch (grader.kind) {
    case "reply":
      return {
        ...common,
        match: grader.match,
        value: grader.value ?? "",
        caseSensitive: grader.caseSensitive,
        targetFrom: grader.target.from,
        marker: grader.target.from === "after_marker" ? grader.target.marker : "",
      };
    case "tool_called":
      return {
        ...common,
        tool: grader.tool,
        argumentRows: Object.entries(grader.arguments).map(([name, pattern]) => ({ name, pattern })),
      };
    case "tool_output":
      return {
        ...common,
        tool: grader.tool ?? "",
        match: grader.match,
        value: grader.value ?? "",
        caseSensitive: grader.caseSensitive,
      };
    case "memory":
      return {
        ...common,
        label: grader.label,
        match: grader.match,
        value: grader.value ?? "",
        caseSensitive: grader.caseSensitive,
        afterSleeptime: grader.afterSleeptime,
      };
    case "model_judge":
      return {
        ...common,
        rubric: grader.rubric,
        model: grader.model ?? "",
        targetFrom: grader.target.from,
        marker: grader.target.from === "after_marker" ? grader.target.marker : "",
      };
  }
}

const numberOrText = (text: string) => (text.trim() === "" || Number.isNaN(Number(text)) ? text : Number(text));
const optional = (text: string) => (text === "" ? undefined : text);

function target(draft: GraderDraft) {
  return draft.targetFrom === "after_marker"
    ? { from: "after_marker", marker: draft.marker }
    : { from: draft.targetFrom };
}

/** The spec the draft stands for, before validation (the schema reports what is wrong with it). */
export function graderFromDraft(draft: GraderDraft): unknown {
  const common = {
    id: draft.id,
    name: draft.name,
    kind: draft.kind,
    weight: numberOrText(draft.weight),
    threshold: numberOrText(draft.threshold),
  };
  switch (draft.kind) {
    case "reply":
      return {
        ...common,
        match: draft.match,
        value: optional(draft.value),
        caseSensitive: draft.caseSensitive,
        target: target(draft),
      };
    case "tool_called":
      return {
        ...common,
        tool: draft.tool,
        arguments: Object.fromEntries(
          draft.argumentRows.filter((row) => row.name.trim() !== "").map((row) => [row.name.trim(), row.pattern]),
        ),
      };
    case "tool_output":
      return {
        ...common,
        tool: optional(draft.tool.trim()),
        match: draft.match,
        value: optional(draft.value),
        caseSensitive: draft.caseSensitive,
      };
    case "memory":
      return {
        ...common,
        label: draft.label,
        match: draft.match,
        value: optional(draft.value),
        caseSensitive: draft.caseSensitive,
        afterSleeptime: draft.afterSleeptime,
      };
    case "model_judge":
      return { ...common, rubric: draft.rubric, model: optional(draft.model.trim()), target: target(draft) };
  }
}
