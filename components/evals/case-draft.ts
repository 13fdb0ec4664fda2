import type { EvalCase } from "@/lib/evals/types";

/** A case as its form edits it. */
export interface CaseDraft {
  id: string;
  turns: string[];
  expected: string;
  memoryRows: { label: string; value: string }[];
  tags: string;
}

export function emptyCaseDraft(id: string): CaseDraft {
  return { id, turns: [""], expected: "", memoryRows: [], tags: "" };
}

export function draftOfCase(evalCase: EvalCase): CaseDraft {
  return {
    id: evalCase.id,
    turns: [...evalCase.input],
    expected: evalCase.expected ?? "",
    memoryRows: Object.entries(evalCase.startingMemory ?? {}).map(([label, value]) => ({ label, value })),
    tags: evalCase.tags.join(", "),
  };
}

/** The case the draft stands for, before validation. */
export function caseFromDraft(draft: CaseDraft): unknown {
  const rows = draft.memoryRows.filter((row) => row.label.trim() !== "" || row.value !== "");
  return {
    id: draft.id,
    input: draft.turns,
    ...(draft.expected !== "" ? { expected: draft.expected } : {}),
    ...(rows.length > 0
      ? { startingMemory: Object.fromEntries(rows.map((row) => [row.label.trim(), row.value])) }
      : {}),
    tags: draft.tags
      .split(",")
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ""),
  };
}

/** Duplicate labels would silently collapse into one: the form says so instead. */
export function memoryRowProblems(draft: CaseDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  const seen = new Set<string>();
  draft.memoryRows.forEach((row, index) => {
    const label = row.label.trim();
    if (label === "" && row.value !== "") problems[`memory.${index}`] = "Name the block this value goes into";
    else if (seen.has(label)) problems[`memory.${index}`] = `Block ${label} is set twice`;
    seen.add(label);
  });
  return problems;
}
