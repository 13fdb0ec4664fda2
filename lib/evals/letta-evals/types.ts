import type { Dataset } from "@/lib/evals/types";

/** Something of a suite the ADE cannot express (or the other way round), listed for the user, never dropped silently. */
export interface Unmapped {
  /** The file and place: "suite.yaml: graders.quality.temperature", "dataset.jsonl: lines 2, 5". */
  where: string;
  /** What was there (a value, a field name). */
  what: string;
  /** Why it was not carried over, and what happens instead. */
  why: string;
}

/** A file the suite refers to, read as text (the suite YAML, the dataset JSONL, rubric files). */
export interface SuiteFile {
  name: string;
  text: string;
}

/** A reason a file was refused, with its line (1-based) when it has one. */
export interface FileError {
  file: string;
  line: number | null;
  message: string;
}

export interface SuiteImportInput {
  suite: SuiteFile;
  /** The dataset the suite names (JSONL). */
  dataset: SuiteFile | null;
  /** Rubric files (`prompt_path`, a row's `rubric_path`), matched by path or by file name. */
  files: SuiteFile[];
}

export type SuiteImportResult =
  | { ok: true; dataset: Dataset; unmapped: Unmapped[] }
  | { ok: false; errors: FileError[]; /** Files the suite names that were not chosen. */ missingFiles: string[] };

export interface SuiteExport {
  /** File name → text: the suite YAML, its dataset JSONL. */
  files: { name: string; text: string }[];
  unmapped: Unmapped[];
}
