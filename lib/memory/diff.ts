import { diffLines, diffWords } from "diff";

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

/**
 * What changed from `before` to `after`: a word diff for single-line texts, a line diff otherwise
 * (memory blocks are usually lists of lines). A last line without a newline diffs like any other line,
 * so appending a line shows as one added line rather than the old last line replaced by two.
 */
export function diffTexts(before: string, after: string): DiffPart[] {
  const multiline = before.includes("\n") || after.includes("\n");
  if (!multiline) return toParts(diffWords(before, after));
  if (before === after) return [{ kind: "same", text: before }];
  if (!before || !after)
    return toParts([
      { value: before, removed: true, added: false, count: 1 },
      { value: after, added: true, removed: false, count: 1 },
    ]);
  const parts = toParts(diffLines(`${before}\n`, `${after}\n`));
  return refineChangedLines(stripFinalNewline(parts));
}

function toParts(changes: ReturnType<typeof diffLines>): DiffPart[] {
  return changes
    .filter((change) => change.value.length > 0)
    .map((change) => ({ kind: change.added ? "added" : change.removed ? "removed" : "same", text: change.value }));
}

/** Takes the newline added to both texts back off the last part (inner parts keep theirs, so each shows on its own line). */
function stripFinalNewline(parts: DiffPart[]): DiffPart[] {
  const last = parts[parts.length - 1];
  if (!last) return parts;
  return [...parts.slice(0, -1), { ...last, text: last.text.slice(0, -1) }].filter((part) => part.text.length > 0);
}

/**
 * Lines removed and lines added in their place are diffed by word when they stay mostly alike, so a
 * changed word shows as that word rather than the whole line struck out and written again.
 */
function refineChangedLines(parts: DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index];
    const next = parts[index + 1];
    if (part?.kind === "removed" && next?.kind === "added") {
      const words = toParts(diffWords(part.text, next.text));
      const kept = words.filter((word) => word.kind === "same").reduce((sum, word) => sum + word.text.trim().length, 0);
      if (kept * 2 >= Math.max(part.text.trim().length, next.text.trim().length)) {
        result.push(...words);
        index += 1;
        continue;
      }
    }
    if (part) result.push(part);
  }
  return mergeNeighbours(result);
}

function mergeNeighbours(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
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
