import { parseTree, printParseErrorCode, type ParseError } from "jsonc-parser";
import { z } from "zod";
import { savedDatasetSchema } from "./validate";
import type { Dataset } from "./types";

/** The ADE's dataset file: the dataset without its id and dates (those are the store's). */
const DATASET_FILE_FORMAT = "letta-ade-dataset";

export type DatasetFileResult =
  { ok: true; dataset: Omit<Dataset, "id" | "createdAt" | "updatedAt"> } | { ok: false; error: string };

/** Line and column of a character offset in a text (both from 1). */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

const parseErrorText: Record<string, string> = {
  InvalidSymbol: "an unexpected character",
  InvalidNumberFormat: "a malformed number",
  PropertyNameExpected: "a property name (in double quotes) was expected",
  ValueExpected: "a value was expected",
  ColonExpected: "a colon was expected",
  CommaExpected: "a comma was expected",
  CloseBraceExpected: "a closing } was expected",
  CloseBracketExpected: "a closing ] was expected",
  EndOfFileExpected: "the file should end here",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  UnexpectedEndOfString: "a string is not closed",
  UnexpectedEndOfNumber: "a number is cut short",
  InvalidUnicode: "a malformed \\u escape",
  InvalidEscapeCharacter: "a malformed escape",
  InvalidCharacter: "a control character inside a string",
};

/** Where and why a text is not JSON ("Line 3, column 12: a value was expected"), or null when it is JSON. */
export function jsonSyntaxProblem(text: string): string | null {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return null;
  const where = lineAndColumn(text, first.offset);
  if (first.offset >= text.length) return `Line ${where.line}: the file ends before the JSON does`;
  const code = printParseErrorCode(first.error);
  const reason = parseErrorText[code] ?? code;
  return `Line ${where.line}, column ${where.column}: ${reason}`;
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
    const problem = jsonSyntaxProblem(text) ?? (error instanceof Error ? error.message : "unreadable");
    return { ok: false, error: `Not valid JSON. ${problem}.` };
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
