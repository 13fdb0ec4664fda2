// letta-evals graders (`graders:` of a suite, keyed by metric name) → ADE GraderSpecs.
import type { GraderSpec, ReplyTarget } from "@/lib/evals/types";
import { isRecord, toEvalId } from "./ids";
import { fromPythonTemplate } from "./rubric-template";
import type { FileError, SuiteFile, Unmapped } from "./types";
import type { YamlSource } from "./yaml-source";

export interface GraderImport {
  graders: GraderSpec[];
  /** letta-evals metric name → the ADE grader's id. */
  idByKey: Map<string, string>;
  /** Ids of graders whose ground truth is a regular expression (each row's is checked to compile). */
  regexGraderIds: string[];
  unmapped: Unmapped[];
  errors: FileError[];
  missingFiles: string[];
}

const FUNCTIONS = { exact_match: "exact", contains: "contains", regex_match: "regex" } as const;
/** letta-evals' ascii_printable_only: every character printable ASCII, line breaks aside. */
const ASCII_PRINTABLE = "^[ -~\\r\\n]+$";
/** letta-evals LLM providers → Letta's provider names in model handles. */
const PROVIDERS: Record<string, string> = { openai: "openai", anthropic: "anthropic", google: "google_ai" };
const GRADER_FIELDS = new Set(["kind", "display_name", "extractor", "extractor_config"]);
const JUDGE_FIELDS = new Set([
  ...GRADER_FIELDS,
  "prompt",
  "prompt_path",
  "model",
  "provider",
  "temperature",
  "max_retries",
  "timeout",
  "system_prompt",
]);
const TOOL_FIELDS = new Set([...GRADER_FIELDS, "function"]);

export function importGraders(source: YamlSource, suiteFile: string, files: SuiteFile[]): GraderImport {
  const result: GraderImport = {
    graders: [],
    idByKey: new Map(),
    regexGraderIds: [],
    unmapped: [],
    errors: [],
    missingFiles: [],
  };
  const raw = (source.value as Record<string, unknown>).graders;
  if (raw === undefined || raw === null) return result;
  if (!isRecord(raw)) {
    result.errors.push({
      file: suiteFile,
      line: source.lineOf(["graders"]),
      message: "`graders` must be a mapping of metric names to graders.",
    });
    return result;
  }
  const taken = new Set<string>();
  for (const [key, spec] of Object.entries(raw)) {
    const where = `${suiteFile}: graders.${key}`;
    const error = (message: string, field?: string) =>
      result.errors.push({
        file: suiteFile,
        line: source.lineOf(field ? ["graders", key, field] : ["graders", key]),
        message: `graders.${key}: ${message}`,
      });
    const skip = (what: string, why: string) =>
      result.unmapped.push({ where, what, why: `${why} The grader was not imported.` });
    if (!isRecord(spec)) {
      error("a grader must be a mapping with a `kind`.");
      continue;
    }
    const kind = spec.kind;
    if (kind !== "tool" && kind !== "model_judge") {
      error(`unknown kind ${JSON.stringify(kind)}: letta-evals graders are \`tool\` or \`model_judge\`.`, "kind");
      continue;
    }
    for (const field of Object.keys(spec)) {
      if (!(kind === "tool" ? TOOL_FIELDS : JUDGE_FIELDS).has(field)) {
        error(`\`${field}\` is not a field of a ${kind} grader.`, field);
      }
    }
    const extractorName = spec.extractor ?? "last_assistant";
    const config = spec.extractor_config ?? {};
    if (typeof extractorName !== "string" || !isRecord(config)) {
      error("`extractor` must be a name and `extractor_config` a mapping.", "extractor");
      continue;
    }
    const extracted = mapExtractor(extractorName, config);
    if ("unmapped" in extracted) {
      skip(`extractor: ${extractorName}`, extracted.unmapped);
      continue;
    }
    for (const note of extracted.notes)
      result.unmapped.push({ where: `${where}.extractor`, what: extractorName, why: note });
    const id = toEvalId(key, "grader", taken);
    const name = (typeof spec.display_name === "string" && spec.display_name.trim()) || key;
    const base = { id, name: name.slice(0, 100), weight: 1, threshold: 1 };

    let grader: GraderSpec;
    if (kind === "tool") {
      const fn = spec.function;
      if (typeof fn !== "string" || fn.trim() === "") {
        error("a tool grader needs a `function`.", "function");
        continue;
      }
      const match = fn === "ascii_printable_only" ? "regex" : FUNCTIONS[fn as keyof typeof FUNCTIONS];
      if (!match) {
        skip(
          `function: ${fn}`,
          fn.includes(":")
            ? "A custom Python grader cannot run in the ADE."
            : `\`${fn}\` is not a letta-evals built-in the ADE knows (exact_match, contains, regex_match, ascii_printable_only).`,
        );
        continue;
      }
      const value = fn === "ascii_printable_only" ? ASCII_PRINTABLE : undefined;
      // letta-evals: exact_match and regex_match are case-sensitive, contains ignores case.
      const caseSensitive = match !== "contains";
      const text = { match, caseSensitive, ...(value !== undefined ? { value } : {}) } as const;
      if (extracted.target.kind === "reply") {
        grader = { ...base, kind: "reply", ...text, target: extracted.target.target };
      } else if (extracted.target.kind === "memory") {
        grader = { ...base, kind: "memory", label: extracted.target.label, ...text, afterSleeptime: false };
      } else if (extracted.target.kind === "tool_output") {
        grader = { ...base, kind: "tool_output", tool: extracted.target.tool, ...text };
      } else {
        grader = { ...base, kind: "tool_called", tool: extracted.target.tool, arguments: {} };
        result.unmapped.push({
          where,
          what: `function: ${fn} on the arguments of ${extracted.target.tool}`,
          why: "The ADE's tool_called grader checks that the tool was called and matches each argument by name; comparing the whole arguments with each row's ground_truth is not carried over. Add argument patterns to the grader.",
        });
      }
      if (match === "regex" && value === undefined) result.regexGraderIds.push(id);
    } else {
      const rubric = readRubric(spec, key, suiteFile, files, source, result);
      if (rubric === undefined) continue;
      const converted = fromPythonTemplate(rubric);
      if (converted.text.trim() === "") {
        error("the rubric is empty.", spec.prompt !== undefined ? "prompt" : "prompt_path");
        continue;
      }
      if (converted.variables.length > 0) {
        result.unmapped.push({
          where: `${where}.prompt`,
          what: converted.variables.map((name) => `{${name}}`).join(", "),
          why: "Rubric variables come from each row's rubric_vars, which the ADE does not have; they are sent to the judge as written.",
        });
      }
      const model = judgeModel(spec, where, result.unmapped);
      if (extracted.target.kind !== "reply") {
        skip(`extractor: ${extractorName}`, "The ADE's model judge reads the agent's replies only.");
        continue;
      }
      grader = {
        ...base,
        kind: "model_judge",
        rubric: converted.text,
        target: extracted.target.target,
        ...(model ? { model } : {}),
      };
      for (const field of ["temperature", "max_retries", "timeout", "system_prompt"] as const) {
        const fieldValue = spec[field];
        if (fieldValue === undefined || (field === "temperature" && fieldValue === 0)) continue;
        result.unmapped.push({
          where: `${where}.${field}`,
          what: String(fieldValue),
          why: "The ADE's judge is a Letta agent with its own system prompt and the server's settings for the model.",
        });
      }
    }
    result.graders.push(grader);
    result.idByKey.set(key, id);
  }
  return result;
}

type ExtractorTarget =
  | { kind: "reply"; target: ReplyTarget }
  | { kind: "memory"; label: string }
  | { kind: "tool_output"; tool: string }
  | { kind: "tool_arguments"; tool: string };

function mapExtractor(
  name: string,
  config: Record<string, unknown>,
): { target: ExtractorTarget; notes: string[] } | { unmapped: string } {
  const text = (field: string) =>
    typeof config[field] === "string" && (config[field] as string).trim() !== ""
      ? (config[field] as string)
      : undefined;
  const separatorNote = (): string[] =>
    config.separator !== undefined && config.separator !== "\n"
      ? [`The ADE joins the replies with a line break, not ${JSON.stringify(config.separator)}.`]
      : [];
  switch (name) {
    case "last_assistant":
      return { target: { kind: "reply", target: { from: "last_assistant" } }, notes: [] };
    case "all_assistant":
      return { target: { kind: "reply", target: { from: "all_assistant" } }, notes: separatorNote() };
    case "last_turn":
      return {
        target: { kind: "reply", target: { from: "all_assistant" } },
        notes: [
          ...separatorNote(),
          "Read as every reply of the case: the same as letta-evals' last turn for one-message cases; for several turns the ADE reads the replies of every turn.",
        ],
      };
    case "after_marker": {
      const marker = text("marker");
      if (!marker) return { unmapped: "The after_marker extractor needs `extractor_config.marker`." };
      const notes =
        config.include_marker === true
          ? ["The ADE reads the text after the marker, without the marker (include_marker is not carried over)."]
          : [];
      return { target: { kind: "reply", target: { from: "after_marker", marker } }, notes };
    }
    case "memory_block": {
      const label = text("block_label");
      return label
        ? { target: { kind: "memory", label }, notes: [] }
        : { unmapped: "The memory_block extractor needs `extractor_config.block_label`." };
    }
    case "tool_output":
    case "tool_arguments": {
      const tool = text("tool_name");
      if (!tool) return { unmapped: `The ${name} extractor needs \`extractor_config.tool_name\`.` };
      return { target: { kind: name, tool }, notes: [] };
    }
    case "first_assistant":
      return {
        unmapped:
          "The ADE's graders read the last reply, every reply, or the text after a marker; not the first reply.",
      };
    case "pattern":
      return {
        unmapped:
          "The ADE cannot extract a regex group before grading; a reply grader with match `regex` tests the whole reply instead.",
      };
    default:
      return {
        unmapped: name.includes(":")
          ? "A custom Python extractor cannot run in the ADE."
          : `\`${name}\` is not a letta-evals built-in extractor.`,
      };
  }
}

function readRubric(
  spec: Record<string, unknown>,
  key: string,
  suiteFile: string,
  files: SuiteFile[],
  source: YamlSource,
  result: GraderImport,
): string | undefined {
  const { prompt, prompt_path: path } = spec;
  const line = (field: string) => source.lineOf(["graders", key, field]);
  if (prompt !== undefined && path !== undefined) {
    result.errors.push({
      file: suiteFile,
      line: line("prompt"),
      message: `graders.${key}: a model judge cannot have both \`prompt\` and \`prompt_path\`.`,
    });
    return undefined;
  }
  if (typeof prompt === "string") return prompt;
  if (typeof path === "string" && path.trim() !== "") {
    const file = findFile(files, path);
    if (file) return file.text;
    result.missingFiles.push(path);
    result.errors.push({
      file: suiteFile,
      line: line("prompt_path"),
      message: `graders.${key}: the rubric file ${path} was not chosen; add it to the files.`,
    });
    return undefined;
  }
  result.errors.push({
    file: suiteFile,
    line: source.lineOf(["graders", key]),
    message: `graders.${key}: a model judge needs \`prompt\` or \`prompt_path\`.`,
  });
  return undefined;
}

/** A file chosen by the user for a path the suite names: the same relative path, or the same file name. */
function findFile(files: SuiteFile[], path: string): SuiteFile | undefined {
  const normal = path.replace(/\\/g, "/").replace(/^\.\//, "");
  const base = normal.split("/").at(-1);
  return files.find((file) => file.name === normal) ?? files.find((file) => file.name.split("/").at(-1) === base);
}

function judgeModel(spec: Record<string, unknown>, where: string, unmapped: Unmapped[]): string | undefined {
  const provider = typeof spec.provider === "string" ? spec.provider : "openai";
  if (typeof spec.model !== "string" || spec.model.trim() === "") {
    unmapped.push({
      where: `${where}.model`,
      what: "(not set: letta-evals uses gpt-4o-mini)",
      why: "Without a model the ADE's judge uses the evaluated agent's own model. Set one the server offers.",
    });
    return undefined;
  }
  const prefix = PROVIDERS[provider];
  if (!prefix) {
    unmapped.push({
      where: `${where}.provider`,
      what: provider,
      why: "Not a letta-evals provider; the model was kept without one.",
    });
    return spec.model.slice(0, 200);
  }
  return `${prefix}/${spec.model}`.slice(0, 200);
}
