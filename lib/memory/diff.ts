import { diffLines, diffWords } from "diff";

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

/**
 * What changed from `before` to `after`: a word diff for single-line texts, a line diff otherwise
 * (memory blocks are usually lists of lines).
 */
export function diffTexts(before: string, after: string): DiffPart[] {
  const multiline = before.includes("\n") || after.includes("\n");
  const changes = multiline ? diffLines(before, after) : diffWords(before, after);
  return changes
    .filter((change) => change.value.length > 0)
    .map((change) => ({ kind: change.added ? "added" : change.removed ? "removed" : "same", text: change.value }));
}

export function diffSummary(parts: readonly DiffPart[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.kind === "added") added += part.text.length;
    if (part.kind === "removed") removed += part.text.length;
  }
  return { added, removed };
}
