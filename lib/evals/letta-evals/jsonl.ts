import type { FileError } from "./types";

export interface JsonlRow {
  /** 1-based line in the file. */
  line: number;
  value: Record<string, unknown>;
}

/** Every non-blank line parsed as a JSON object, or every line that is not, with its reason. */
export function parseJsonl(
  file: string,
  text: string,
): { ok: true; rows: JsonlRow[] } | { ok: false; errors: FileError[] } {
  const rows: JsonlRow[] = [];
  const errors: FileError[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      errors.push({ file, line, message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      errors.push({ file, line, message: "Each line must be a JSON object ({…})." });
      return;
    }
    rows.push({ line, value: value as Record<string, unknown> });
  });
  if (errors.length > 0) return { ok: false, errors };
  if (rows.length === 0) return { ok: false, errors: [{ file, line: null, message: "The file has no rows." }] };
  return { ok: true, rows };
}

/** One JSON object per line, with a final line break. */
export function toJsonl(rows: readonly unknown[]): string {
  return rows.map((row) => JSON.stringify(row)).join("\n") + (rows.length > 0 ? "\n" : "");
}

/** "line 3", "lines 1–4, 7": line numbers as short ranges. */
export function describeLines(lines: number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let index = 0; index < sorted.length;) {
    const start = sorted[index] ?? 0;
    let end = start;
    while (sorted[index + 1] === end + 1) {
      end += 1;
      index += 1;
    }
    parts.push(start === end ? String(start) : `${start}–${end}`);
    index += 1;
  }
  return `${sorted.length === 1 ? "line" : "lines"} ${parts.join(", ")}`;
}
