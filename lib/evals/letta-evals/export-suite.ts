// An ADE dataset with its graders → a letta-evals 0.26 suite (YAML) and dataset (JSONL), listing what
// letta-evals cannot express.
import type { Dataset, GraderSpec, ReplyTarget } from "@/lib/evals/types";
import { STARTING_MEMORY_ARG } from "./import-samples";
import { toJsonl } from "./jsonl";
import { toPythonTemplate } from "./rubric-template";
import type { SuiteExport, Unmapped } from "./types";
import { toYaml } from "./yaml-source";

type LettaEvalsGrader = Record<string, unknown>;
const FUNCTIONS = { exact: "exact_match", contains: "contains", regex: "regex_match" } as const;
/** letta-evals' matching: exact_match and regex_match are case-sensitive, contains ignores case. */
const SENSITIVE = { exact: true, contains: false, regex: true } as const;
const PROVIDERS: Record<string, string> = {
  openai: "openai",
  "openai-proxy": "openai",
  anthropic: "anthropic",
  google_ai: "google",
};

export function exportSuite(dataset: Dataset): SuiteExport {
  const base = fileBase(dataset);
  const suiteFile = `${base}.yaml`;
  const dataFile = `${base}.jsonl`;
  const unmapped: Unmapped[] = [];
  const note = (grader: GraderSpec | null, what: string, why: string) =>
    unmapped.push({ where: grader ? `grader ${JSON.stringify(grader.name)}` : "dataset", what, why });

  // letta-evals compares with each row's ground_truth only: a grader's own value becomes the rows' ground truth
  // when no case says otherwise.
  const truths = new Map(dataset.cases.map((evalCase) => [evalCase.id, evalCase.expected]));
  const graders: Record<string, LettaEvalsGrader> = {};
  for (const grader of dataset.graders) {
    const mapped = exportGrader(grader, truths, (what, why) => note(grader, what, why));
    if (mapped) graders[grader.id] = mapped;
  }

  const keys = Object.keys(graders);
  const weights = new Set(dataset.graders.filter((grader) => keys.includes(grader.id)).map((grader) => grader.weight));
  for (const grader of dataset.graders) {
    if (keys.includes(grader.id) && grader.threshold !== 1) {
      note(grader, `threshold ${grader.threshold}`, "letta-evals has no pass mark per grader; it records the score.");
    }
  }
  if (weights.size > 1)
    note(
      null,
      "grader weights",
      "letta-evals' metric reward takes one grader's score; weighting needs a custom Python reward.",
    );
  if (keys.length > 1) {
    note(
      null,
      `reward: metric ${keys[0]}`,
      "The ADE scores a case by the weighted mean of all its graders; letta-evals' metric reward uses one grader's score (the first's here).",
    );
  }
  if (dataset.gate !== 1)
    note(
      null,
      `gate ${dataset.gate}`,
      "letta-evals 0.26 has no suite-level pass rate; check the results' rewards instead.",
    );
  note(
    null,
    "target",
    "The agents to evaluate are chosen per experiment in the ADE: set target.model_handles (and an agent_script if the agents need set-up).",
  );

  const suite: Record<string, unknown> = {
    name: dataset.name,
    ...(dataset.description ? { description: dataset.description } : {}),
    dataset: dataFile,
    target: { kind: "letta_code" },
    ...(keys.length > 0 ? { graders, reward: { kind: "metric", metric_key: keys[0] } } : {}),
  };
  if (keys.length === 0)
    note(null, "reward", "No grader could be exported, so the suite has no reward; add graders before running it.");

  const memoryCases = dataset.cases.filter(
    (evalCase) => evalCase.startingMemory && Object.keys(evalCase.startingMemory).length > 0,
  );
  if (memoryCases.length > 0) {
    note(
      null,
      `starting memory of ${memoryCases.length} case${memoryCases.length === 1 ? "" : "s"}`,
      `Written to each row's agent_args.${STARTING_MEMORY_ARG}; letta-evals applies it only through an agent_script of yours.`,
    );
  }
  const rows = dataset.cases.map((evalCase) => {
    const truth = truths.get(evalCase.id);
    return {
      id: evalCase.id,
      input: evalCase.input.length === 1 ? evalCase.input[0] : evalCase.input,
      ...(truth !== undefined ? { ground_truth: truth } : {}),
      ...(evalCase.tags.length > 0 ? { tags: evalCase.tags } : {}),
      ...(evalCase.startingMemory && Object.keys(evalCase.startingMemory).length > 0
        ? { agent_args: { [STARTING_MEMORY_ARG]: evalCase.startingMemory } }
        : {}),
    };
  });
  return {
    files: [
      { name: suiteFile, text: toYaml(suite) },
      { name: dataFile, text: toJsonl(rows) },
    ],
    unmapped,
  };
}

function exportGrader(
  grader: GraderSpec,
  truths: Map<string, string | undefined>,
  note: (what: string, why: string) => void,
): LettaEvalsGrader | undefined {
  const named = { display_name: grader.name };
  switch (grader.kind) {
    case "reply":
    case "tool_output":
    case "memory": {
      if (grader.kind === "tool_output" && grader.tool === undefined) {
        note("tool_output of any tool", "letta-evals reads the output of one named tool; name the tool. Not exported.");
        return undefined;
      }
      if (grader.kind === "memory" && grader.afterSleeptime) {
        note(
          "memory after the sleep-time run",
          "letta-evals reads memory right after the last turn, without waiting for a sleep-time agent. Not exported.",
        );
        return undefined;
      }
      if (grader.value !== undefined && !fillTruth(truths, grader.value)) {
        note(
          `value ${JSON.stringify(grader.value)}`,
          "letta-evals compares with each row's ground_truth, and some cases expect something else. Not exported.",
        );
        return undefined;
      }
      if (grader.caseSensitive !== SENSITIVE[grader.match]) {
        note(
          `${grader.caseSensitive ? "case-sensitive" : "case-insensitive"} ${grader.match}`,
          `letta-evals' ${FUNCTIONS[grader.match]} is ${SENSITIVE[grader.match] ? "case-sensitive" : "case-insensitive"}.`,
        );
      }
      const extractor =
        grader.kind === "reply"
          ? extractorOf(grader.target)
          : grader.kind === "memory"
            ? { extractor: "memory_block", extractor_config: { block_label: grader.label } }
            : { extractor: "tool_output", extractor_config: { tool_name: grader.tool } };
      return { kind: "tool", ...named, function: FUNCTIONS[grader.match], ...extractor };
    }
    case "tool_called":
      note(
        `tool_called ${grader.tool}`,
        "letta-evals has no built-in grader for a tool call (its tool_arguments extractor compares the whole arguments with ground_truth). Not exported.",
      );
      return undefined;
    case "model_judge": {
      const [provider, ...rest] = (grader.model ?? "").split("/");
      const judgeProvider = provider ? PROVIDERS[provider] : undefined;
      const model = rest.join("/");
      if (!grader.model)
        note(
          "judge model",
          "The ADE's judge uses the evaluated agent's model; letta-evals then uses gpt-4o-mini from OpenAI.",
        );
      else if (!judgeProvider || !model)
        note(
          `judge model ${grader.model}`,
          "letta-evals calls OpenAI, Anthropic or Google directly; the model was written as it is, without a provider.",
        );
      else if (provider === "openai-proxy")
        note(
          `judge model ${grader.model}`,
          "An OpenAI-compatible model: letta-evals reaches it through OPENAI_BASE_URL.",
        );
      return {
        kind: "model_judge",
        ...named,
        prompt: toPythonTemplate(grader.rubric),
        ...(grader.model ? { model: model && judgeProvider ? model : grader.model } : {}),
        ...(judgeProvider && model ? { provider: judgeProvider } : {}),
        ...extractorOf(grader.target),
      };
    }
  }
}

/** Makes every row's ground truth `value` where none is set; false when a case expects something else. */
function fillTruth(truths: Map<string, string | undefined>, value: string): boolean {
  if ([...truths.values()].some((truth) => truth !== undefined && truth !== value)) return false;
  for (const id of truths.keys()) truths.set(id, value);
  return true;
}

function extractorOf(target: ReplyTarget): { extractor: string; extractor_config?: Record<string, unknown> } {
  switch (target.from) {
    case "last_assistant":
      return { extractor: "last_assistant" };
    case "all_assistant":
      return { extractor: "all_assistant" };
    case "after_marker":
      return { extractor: "after_marker", extractor_config: { marker: target.marker } };
  }
}

function fileBase(dataset: Dataset): string {
  return (
    dataset.name
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || dataset.id
  );
}
