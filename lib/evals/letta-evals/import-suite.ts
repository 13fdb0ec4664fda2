// A letta-evals suite (suite YAML + dataset JSONL + rubric files) → an ADE Dataset with its graders, and the
// list of what could not be carried over. The format is letta-evals 0.26.0's (`letta_evals/models/specs.py`).
import { datasetSchema, type Dataset } from "@/lib/evals/types";
import { compileSafePattern, isPatternProblem } from "@/lib/evals/graders/safe-pattern";
import { isRecord, toEvalId } from "./ids";
import { importGraders } from "./import-graders";
import { importSamples } from "./import-samples";
import { describeLines, parseJsonl } from "./jsonl";
import type { FileError, SuiteImportInput, SuiteImportResult, Unmapped } from "./types";
import { parseYaml } from "./yaml-source";

/** Suite fields the ADE does not keep, and why (each present one is listed). */
const SUITE_FIELD_NOTES: Record<string, string> = {
  target: "The ADE runs an experiment on the agents you choose when you start it, not on the suite's target.",
  max_samples: "The ADE imports every row; choose the cases to run when you start an experiment.",
  sample_tags: "Not applied (letta-evals ignores it too); every row was imported.",
  num_runs: "An ADE experiment runs each case once; start it again to repeat.",
  max_concurrent: "Set the concurrency when you start an experiment.",
  output: "The ADE keeps experiment results itself; export them as letta-evals JSONL from the experiment.",
  cleanup: "Choose whether to keep the agents' copies when you start an experiment.",
  setup_script: "A Python setup script cannot run in the ADE.",
  sandbox: "The ADE runs cases on the Letta server, not in a Modal sandbox.",
  dataset_provenance: "Recorded by letta-evals at run time; not part of the dataset.",
  gate: "Removed in letta-evals 0.26 (use `reward`). Set the dataset's pass-rate gate in the ADE.",
};
const KNOWN_FIELDS = new Set([
  "name",
  "description",
  "dataset",
  "graders",
  "reward",
  ...Object.keys(SUITE_FIELD_NOTES),
]);

export function importSuite(input: SuiteImportInput, now = new Date()): SuiteImportResult {
  const suiteFile = input.suite.name;
  const parsed = parseYaml(suiteFile, input.suite.text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, missingFiles: [] };
  const { source } = parsed;
  if (!isRecord(source.value)) {
    return {
      ok: false,
      errors: [{ file: suiteFile, line: 1, message: "A suite must be a YAML mapping (name, dataset, graders…)." }],
      missingFiles: [],
    };
  }
  const suite = source.value;
  const errors: FileError[] = [];
  const unmapped: Unmapped[] = [];
  const missingFiles: string[] = [];

  const name = typeof suite.name === "string" ? suite.name.trim() : "";
  if (!name) errors.push({ file: suiteFile, line: source.lineOf(["name"]) ?? 1, message: "The suite needs a `name`." });
  const datasetPath = typeof suite.dataset === "string" ? suite.dataset.trim() : "";
  if (!datasetPath)
    errors.push({
      file: suiteFile,
      line: source.lineOf(["dataset"]) ?? 1,
      message: "The suite needs a `dataset` (a JSONL file).",
    });
  else if (/\.csv$/i.test(datasetPath) || /\.csv$/i.test(input.dataset?.name ?? "")) {
    errors.push({
      file: suiteFile,
      line: source.lineOf(["dataset"]),
      message: "CSV datasets are not supported here: convert the dataset to JSONL (one JSON object per line).",
    });
  } else if (!input.dataset) {
    missingFiles.push(datasetPath);
    errors.push({
      file: suiteFile,
      line: source.lineOf(["dataset"]),
      message: `The dataset ${datasetPath} was not chosen; add it to the files.`,
    });
  } else if (/^https?:\/\//i.test(datasetPath)) {
    unmapped.push({
      where: `${suiteFile}: dataset`,
      what: datasetPath,
      why: `A hosted dataset: the rows were read from the file you chose (${input.dataset.name}).`,
    });
  }

  for (const [field, value] of Object.entries(suite)) {
    if (!KNOWN_FIELDS.has(field)) {
      errors.push({
        file: suiteFile,
        line: source.lineOf([field]),
        message: `\`${field}\` is not a field of a letta-evals suite.`,
      });
    } else if (SUITE_FIELD_NOTES[field] && value !== null && value !== undefined) {
      if (field === "target" && isRecord(value)) {
        for (const [key, setting] of Object.entries(value)) {
          if (key === "kind") continue;
          unmapped.push({
            where: `${suiteFile}: target.${key}`,
            what: describeValue(setting),
            why: SUITE_FIELD_NOTES.target ?? "",
          });
        }
      } else
        unmapped.push({
          where: `${suiteFile}: ${field}`,
          what: describeValue(value),
          why: SUITE_FIELD_NOTES[field] ?? "",
        });
    }
  }

  const graders = importGraders(source, suiteFile, input.files);
  errors.push(...graders.errors);
  missingFiles.push(...graders.missingFiles);
  unmapped.push(...graders.unmapped);
  unmapped.push(...rewardNotes(suite.reward, graders.idByKey, suiteFile));

  if (input.dataset && errors.length === 0) {
    const rows = parseJsonl(input.dataset.name, input.dataset.text);
    if (!rows.ok) errors.push(...rows.errors);
    else {
      const samples = importSamples(input.dataset.name, rows.rows);
      errors.push(...samples.errors);
      unmapped.push(...samples.unmapped);
      if (samples.errors.length === 0) {
        unmapped.push(
          ...regexNotes(
            graders.regexGraderIds,
            samples.cases,
            rows.rows.map((row) => row.line),
            input.dataset.name,
          ),
        );
        const timestamp = now.toISOString();
        const dataset = datasetSchema.safeParse({
          id: toEvalId(name, "imported-suite", new Set()),
          name: name.slice(0, 200),
          description: typeof suite.description === "string" ? suite.description.slice(0, 5_000) : "",
          cases: samples.cases,
          graders: graders.graders,
          gate: 1,
          createdAt: timestamp,
          updatedAt: timestamp,
        });
        if (dataset.success) return { ok: true, dataset: dataset.data, unmapped };
        for (const issue of dataset.error.issues) {
          errors.push({ file: suiteFile, line: null, message: `${issue.path.join(".")}: ${issue.message}` });
        }
      }
    }
  }
  return { ok: false, errors, missingFiles };
}

function rewardNotes(reward: unknown, idByKey: Map<string, string>, suiteFile: string): Unmapped[] {
  const why = "The ADE scores a case by the weighted mean of all its graders and passes it when every grader passes.";
  if (reward === undefined || reward === null) return [];
  if (!isRecord(reward)) return [{ where: `${suiteFile}: reward`, what: describeValue(reward), why }];
  if (reward.kind === "metric" && typeof reward.metric_key === "string") {
    if (idByKey.size <= 1 && idByKey.has(reward.metric_key)) return [];
    return [
      {
        where: `${suiteFile}: reward.metric_key`,
        what: reward.metric_key,
        why: `letta-evals rewards a sample with this one grader's score. ${why}`,
      },
    ];
  }
  return [
    {
      where: `${suiteFile}: reward`,
      what: describeValue(reward),
      why: `A custom Python reward cannot run in the ADE. ${why}`,
    },
  ];
}

/** Rows whose ground truth a regex grader uses but RE2 cannot compile (lookarounds, backreferences: Python-only). */
function regexNotes(graderIds: string[], cases: Dataset["cases"], lines: number[], file: string): Unmapped[] {
  if (graderIds.length === 0) return [];
  const bad: number[] = [];
  cases.forEach((evalCase, index) => {
    if (evalCase.expected === undefined) return;
    if (isPatternProblem(compileSafePattern(evalCase.expected, true))) bad.push(lines[index] ?? 0);
  });
  if (bad.length === 0) return [];
  return [
    {
      where: `${file}: ${describeLines(bad)}`,
      what: "ground_truth used as a regular expression",
      why: "Not a regular expression the ADE's linear-time engine (RE2) accepts (lookarounds, backreferences and possessive quantifiers are not supported); those cases' regex graders will error until it is rewritten.",
    },
  ];
}

function describeValue(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
