import { z } from "zod";
import { savedDatasetSchema } from "./validate";
import type { Dataset } from "./types";

/** The ADE's dataset file: the dataset without its id and dates (those are the store's). */
export const DATASET_FILE_FORMAT = "letta-ade-dataset";

export type DatasetFileResult =
  { ok: true; dataset: Omit<Dataset, "id" | "createdAt" | "updatedAt"> } | { ok: false; error: string };

/** Line and column of a character offset in a text (both from 1). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** The reason JSON.parse gave, with the line it points at. */
export function jsonSyntaxProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  const position = /at position (\d+)/.exec(message);
  const reason = message.replace(/\s*\(line \d+ column \d+\)/, "").replace(/\s*in JSON at position \d+/, "");
  if (lineColumn) return `Line ${lineColumn[1]}, column ${lineColumn[2]}: ${reason}`;
  if (position) {
    const where = lineAndColumn(text, Number(position[1]));
    return `Line ${where.line}, column ${where.column}: ${reason}`;
  }
  if (/Unexpected end of JSON input/.test(message)) {
    const where = lineAndColumn(text, text.length);
    return `Line ${where.line}: the file ends before the JSON does`;
  }
  return reason;
}

const fileSchema = z.object({
  format: z.literal(DATASET_FILE_FORMAT).optional(),
  version: z.literal(1).optional(),
});

/** Reads a dataset file (the ADE's own JSON export); refuses a malformed one with its line and the reason. */
export function parseDatasetFile(text: string): DatasetFileResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `Not valid JSON. ${jsonSyntaxProblem(text, error)}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { ok: false, error: "The file is not a dataset: it must hold one JSON object." };
  const header = fileSchema.safeParse(value);
  if (!header.success) return { ok: false, error: "The file says it is another format or version." };
  const now = new Date().toISOString();
  const parsed = savedDatasetSchema.safeParse({ ...value, id: "imported", createdAt: now, updatedAt: now });
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((issue) => {
      const where = issue.path.length > 0 ? issue.path.map(String).join(".") : "the file";
      return `${where}: ${issue.message}`;
    });
    return { ok: false, error: `The file is not a valid dataset. ${issues.join("; ")}` };
  }
  const { id: _id, createdAt: _created, updatedAt: _updated, ...dataset } = parsed.data;
  return { ok: true, dataset };
}

/** A dataset as the ADE's JSON file. */
export function datasetFileText(dataset: Dataset): string {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...rest } = dataset;
  return `${JSON.stringify({ format: DATASET_FILE_FORMAT, version: 1, ...rest }, null, 2)}\n`;
}
