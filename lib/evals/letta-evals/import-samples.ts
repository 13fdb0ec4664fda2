// letta-evals dataset rows (JSONL: input, ground_truth, id, agent_args, rubric…) → ADE cases.
import { evalCaseSchema, type EvalCase } from "@/lib/evals/types";
import { isRecord, toEvalId } from "./ids";
import { describeLines, type JsonlRow } from "./jsonl";
import type { FileError, Unmapped } from "./types";

/** agent_args.starting_memory (block label → value): where the ADE's export keeps a case's starting memory. */
export const STARTING_MEMORY_ARG = "starting_memory";

const ROW_FIELDS = new Set([
  "id",
  "sample_id",
  "input",
  "prompt",
  "ground_truth",
  "tags",
  "agent_args",
  "rubric_vars",
  "extra_vars",
  "rubric",
  "rubric_path",
  "metadata",
]);

interface Note {
  lines: number[];
  why: string;
}

export function importSamples(
  file: string,
  rows: JsonlRow[],
): { cases: EvalCase[]; errors: FileError[]; unmapped: Unmapped[] } {
  const cases: EvalCase[] = [];
  const errors: FileError[] = [];
  const notes = new Map<string, Note>();
  const note = (what: string, line: number, why: string) => {
    const existing = notes.get(what);
    if (existing) existing.lines.push(line);
    else notes.set(what, { lines: [line], why });
  };
  const taken = new Set<string>();

  rows.forEach(({ line, value: row }, index) => {
    const fail = (message: string) => errors.push({ file, line, message });
    const metadata = isRecord(row.metadata) ? row.metadata : {};
    const input = row.input ?? row.prompt;
    const turns = typeof input === "string" ? [input] : input;
    if (!Array.isArray(turns) || turns.length === 0 || !turns.every((turn) => typeof turn === "string")) {
      return fail("`input` must be a string or a non-empty list of strings.");
    }
    const truth = row.ground_truth;
    let expected: string | undefined;
    if (typeof truth === "string") expected = truth;
    else if (Array.isArray(truth)) {
      if (typeof input === "string") return fail("`ground_truth` cannot be a list when `input` is a string.");
      if (truth.length !== turns.length || !truth.every((item) => typeof item === "string")) {
        return fail(
          `\`ground_truth\` must list one string per input (${turns.length}), as letta-evals grades each turn.`,
        );
      }
      expected = truth.at(-1) as string;
      note(
        "ground_truth per turn",
        line,
        "letta-evals grades each turn against its own ground truth; the ADE grades the case once, against the last turn's.",
      );
    } else if (truth !== undefined && truth !== null) {
      return fail("`ground_truth` must be a string or a list of strings.");
    }
    if (row.rubric !== undefined && row.rubric !== null && row.rubric_path !== undefined && row.rubric_path !== null) {
      return fail("A row cannot have both `rubric` and `rubric_path`.");
    }

    const rawId = row.id ?? row.sample_id;
    const id = toEvalId(
      typeof rawId === "string" || typeof rawId === "number" ? String(rawId) : String(index),
      `case-${index}`,
      taken,
    );
    const tags = [row.tags, metadata.tags].flatMap((list) =>
      Array.isArray(list) ? list.filter((tag): tag is string => typeof tag === "string") : [],
    );
    const agentArgs = isRecord(row.agent_args)
      ? row.agent_args
      : isRecord(metadata.agent_args)
        ? metadata.agent_args
        : undefined;
    let startingMemory: Record<string, string> | undefined;
    if (agentArgs) {
      const memory = agentArgs[STARTING_MEMORY_ARG];
      if (isRecord(memory) && Object.values(memory).every((value) => typeof value === "string")) {
        startingMemory = memory as Record<string, string>;
      }
      const rest = Object.keys(agentArgs).filter((key) => key !== STARTING_MEMORY_ARG || !startingMemory);
      if (rest.length > 0)
        note(
          `agent_args (${rest.join(", ")})`,
          line,
          "Arguments for a Python agent factory; the ADE runs each case on a copy of the agents you choose.",
        );
    }
    for (const field of ["rubric_vars", "extra_vars"] as const) {
      if (row[field] !== undefined && row[field] !== null)
        note(
          field,
          line,
          field === "rubric_vars"
            ? "The ADE's rubrics have no per-case variables."
            : "Variables for custom Python graders and extractors, which the ADE cannot run.",
        );
      else if (metadata[field] !== undefined)
        note(`metadata.${field}`, line, "Variables for custom Python code or rubrics, which the ADE cannot use.");
    }
    if (row.rubric != null || row.rubric_path != null) {
      note(
        row.rubric != null ? "rubric" : "rubric_path",
        line,
        "A per-row rubric: the ADE's model judge uses the grader's rubric for every case.",
      );
    }
    for (const key of Object.keys(metadata)) {
      if (!["tags", "agent_args", "rubric_vars", "extra_vars"].includes(key))
        note(`metadata.${key}`, line, "Not carried over: the ADE's cases have no free-form metadata.");
    }
    for (const key of Object.keys(row)) {
      if (!ROW_FIELDS.has(key)) note(key, line, "Not a letta-evals sample field (letta-evals ignores it too).");
    }

    const parsed = evalCaseSchema.safeParse({
      id,
      input: turns,
      ...(expected !== undefined ? { expected } : {}),
      ...(startingMemory ? { startingMemory } : {}),
      tags: [...new Set(tags)],
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail(`${issue?.path.length ? `${issue.path.join(".")}: ` : ""}${issue?.message ?? "Not a valid case."}`);
    }
    cases.push(parsed.data);
  });

  const unmapped = [...notes].map(([what, { lines, why }]) => ({
    where: `${file}: ${describeLines(lines)}`,
    what,
    why,
  }));
  return { cases, errors, unmapped };
}
