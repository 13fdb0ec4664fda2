import { describe, expect, it } from "vitest";
import { fixtureSuite } from "./fixture-files";
import { importSuite } from "./import-suite";
import type { SuiteImportResult } from "./types";

const now = new Date("2026-01-02T03:04:05.000Z");

function imported(result: SuiteImportResult) {
  if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.errors)}`);
  return result;
}

describe("importing a letta-evals suite", () => {
  it("maps the quick-start suite: rows to cases, contains on the last reply to a reply grader", () => {
    const { dataset, unmapped } = imported(importSuite(fixtureSuite("quickstart"), now));
    expect(dataset).toEqual({
      id: "my-eval-suite",
      name: "my-eval-suite",
      description: "",
      cases: [
        { id: "0", input: ["What's the capital of France?"], expected: "Paris", tags: [] },
        { id: "1", input: ["Calculate 2+2"], expected: "4", tags: [] },
      ],
      graders: [
        {
          id: "correctness",
          name: "correctness",
          kind: "reply",
          match: "contains",
          caseSensitive: false,
          target: { from: "last_assistant" },
          weight: 1,
          threshold: 1,
        },
      ],
      gate: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    // The target is the only thing left: one grader, so the metric reward is the ADE's case score.
    expect(unmapped.map((note) => note.where)).toEqual([
      "suite.yaml: target.model_handles",
      "suite.yaml: target.base_url",
    ]);
    expect(unmapped[0]?.what).toBe('["openai/gpt-4.1-mini"]');
  });

  it("maps exact_match after a marker and a model judge whose rubric is a file, listing the rest", () => {
    const { dataset, unmapped } = imported(importSuite(fixtureSuite("judge"), now));
    expect(dataset.description).toBe("Exact answers, and a model judge with a rubric file");
    expect(dataset.cases.map((evalCase) => evalCase.id)).toEqual(["france", "japan"]);
    expect(dataset.graders[0]).toMatchObject({
      id: "exact",
      kind: "reply",
      match: "exact",
      caseSensitive: true,
      target: { from: "after_marker", marker: "ANSWER:" },
    });
    const judge = dataset.graders[1];
    expect(judge).toMatchObject({
      id: "quality",
      name: "rubric score",
      kind: "model_judge",
      model: "openai/gpt-5-mini",
    });
    // Python's doubled braces become single ones; the placeholders the ADE fills stay.
    expect(judge?.kind === "model_judge" && judge.rubric).toContain("Question:\n{input}");
    expect(judge?.kind === "model_judge" && judge.rubric).toContain(
      'Return JSON like {"score": 1.0, "rationale": "..."}.',
    );
    expect(unmapped).toEqual(
      expect.arrayContaining([
        { where: "suite.yaml: max_concurrent", what: "5", why: expect.stringContaining("concurrency") },
        { where: "suite.yaml: num_runs", what: "3", why: expect.stringContaining("runs each case once") },
        { where: "suite.yaml: cleanup", what: "true", why: expect.stringContaining("copies") },
        { where: "suite.yaml: reward.metric_key", what: "quality", why: expect.stringContaining("weighted mean") },
      ]),
    );
    // temperature 0.0 is letta-evals' default and the judge's own: not listed.
    expect(unmapped.some((note) => note.where.endsWith("temperature"))).toBe(false);
  });

  it("maps the memory_block extractor and multi-turn inputs, listing per-turn truths and Python-only fields by line", () => {
    const { dataset, unmapped } = imported(importSuite(fixtureSuite("memory-multiturn"), now));
    expect(dataset.graders[0]).toMatchObject({
      kind: "memory",
      label: "human",
      match: "contains",
      afterSleeptime: false,
    });
    expect(dataset.graders[1]).toMatchObject({ kind: "reply", target: { from: "all_assistant" } });
    expect(dataset.cases).toEqual([
      {
        id: "0",
        input: ["Please remember that I like bananas.", "Actually, sorry, I meant I like apples."],
        expected: "apples",
        tags: ["memory"],
      },
      {
        id: "1",
        input: ["Please remember that I like grapes.", "Actually, I meant kiwis."],
        expected: "kiwis",
        startingMemory: { human: "The user is called Sam." },
        tags: [],
      },
      { id: "2", input: ["My favourite fruit is mango."], expected: "mango", tags: [] },
    ]);
    expect(unmapped).toEqual(
      expect.arrayContaining([
        { where: "dataset.jsonl: line 2", what: "ground_truth per turn", why: expect.stringContaining("last turn's") },
        { where: "dataset.jsonl: line 3", what: "agent_args (persona)", why: expect.any(String) },
        { where: "dataset.jsonl: line 3", what: "extra_vars", why: expect.any(String) },
        {
          where: "dataset.jsonl: line 3",
          what: "notes",
          why: expect.stringContaining("Not a letta-evals sample field"),
        },
        {
          where: "suite.yaml: graders.answer_check.extractor",
          what: "last_turn",
          why: expect.stringContaining("every turn"),
        },
      ]),
    );
  });

  it("keeps per-row rubrics and rubric variables in the list, and needs only the suite's rubric file", () => {
    const input = fixtureSuite("per-sample-rubric");
    const { dataset, unmapped } = imported(
      importSuite({ ...input, files: input.files.filter((file) => file.name === "rubric.txt") }, now),
    );
    expect(dataset.graders[0]).toMatchObject({ kind: "model_judge", model: "anthropic/claude-haiku-4-5-20251001" });
    expect(unmapped).toEqual(
      expect.arrayContaining([
        {
          where: "suite.yaml: graders.quality.prompt",
          what: "{reference_ascii}",
          why: expect.stringContaining("rubric_vars"),
        },
        { where: "dataset.jsonl: line 1", what: "rubric", why: expect.stringContaining("per-row rubric") },
        { where: "dataset.jsonl: line 2", what: "rubric_path", why: expect.stringContaining("per-row rubric") },
        { where: "dataset.jsonl: line 3", what: "rubric_vars", why: expect.any(String) },
      ]),
    );
  });

  it("maps tool output, tool arguments and ascii_printable_only; lists custom Python and unknown extractors", () => {
    const { dataset, unmapped } = imported(importSuite(fixtureSuite("tools"), now));
    expect(dataset.graders.map((grader) => [grader.id, grader.kind])).toEqual([
      ["fetched", "tool_output"],
      ["called_with", "tool_called"],
      ["ascii", "reply"],
      ["format", "reply"],
    ]);
    expect(dataset.graders[0]).toMatchObject({ tool: "fetch_webpage", match: "contains" });
    expect(dataset.graders[0]).not.toHaveProperty("value");
    expect(dataset.graders[2]).toMatchObject({ match: "regex", value: "^[ -~\\r\\n]+$", caseSensitive: true });
    const where = unmapped.map((note) => `${note.where} | ${note.what}`);
    expect(where).toEqual(
      expect.arrayContaining([
        "suite.yaml: graders.called_with | function: contains on the arguments of fetch_webpage",
        "suite.yaml: graders.first | extractor: first_assistant",
        "suite.yaml: graders.custom | function: custom_evaluators.py:json_ok",
        "suite.yaml: graders.ascii.extractor | all_assistant",
        "suite.yaml: reward | " + JSON.stringify({ kind: "custom", function: "rewards.py:compose_reward" }),
        "dataset.jsonl: line 2 | ground_truth used as a regular expression",
      ]),
    );
    expect(unmapped.find((note) => note.where === "suite.yaml: graders.custom")?.why).toContain("not imported");
  });
});

describe("refusing a malformed suite", () => {
  const suite = (text: string, dataset = '{"input": "hi"}\n') =>
    importSuite(
      { suite: { name: "suite.yaml", text }, dataset: { name: "dataset.jsonl", text: dataset }, files: [] },
      now,
    );

  it("refuses YAML that does not parse, with its line", () => {
    const result = suite("name: x\ndataset: d.jsonl\ngraders:\n  a:\n    kind: tool\n   function: contains\n");
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ file: "suite.yaml", line: 6 });
    expect(result.errors[0]?.message).not.toContain("\n");
  });

  it("refuses a YAML file that is not a mapping, duplicate keys and unknown fields, each with a line", () => {
    expect(suite("- a\n- b\n")).toMatchObject({
      ok: false,
      errors: [{ line: 1, message: expect.stringContaining("mapping") }],
    });
    expect(suite("name: a\nname: b\ndataset: d.jsonl\n")).toMatchObject({ ok: false, errors: [{ line: 2 }] });
    const unknown = suite(
      "name: a\ndataset: d.jsonl\ngraders:\n  g:\n    kind: tool\n    function: contains\n    weight: 2\nfoo: 1\n",
    );
    expect(unknown).toMatchObject({
      ok: false,
      errors: [
        { line: 8, message: "`foo` is not a field of a letta-evals suite." },
        { line: 7, message: "graders.g: `weight` is not a field of a tool grader." },
      ],
    });
  });

  it("refuses a grader of unknown kind, a judge without a rubric, and names a rubric file that was not chosen", () => {
    const result = suite(
      "name: a\ndataset: d.jsonl\ngraders:\n  x:\n    kind: fuzzy\n  j:\n    kind: model_judge\n  k:\n    kind: model_judge\n    prompt_path: rubrics/k.txt\n",
    );
    expect(result).toMatchObject({
      ok: false,
      missingFiles: ["rubrics/k.txt"],
      errors: [
        { line: 5, message: expect.stringContaining('unknown kind "fuzzy"') },
        { line: 7, message: "graders.j: a model judge needs `prompt` or `prompt_path`." },
        { line: 10, message: "graders.k: the rubric file rubrics/k.txt was not chosen; add it to the files." },
      ],
    });
  });

  it("asks for the dataset when it was not chosen, and refuses CSV", () => {
    const missing = importSuite({
      suite: { name: "s.yaml", text: "name: a\ndataset: data/rows.jsonl\n" },
      dataset: null,
      files: [],
    });
    expect(missing).toMatchObject({
      ok: false,
      missingFiles: ["data/rows.jsonl"],
      errors: [{ file: "s.yaml", line: 2 }],
    });
    expect(suite("name: a\ndataset: rows.csv\n")).toMatchObject({
      ok: false,
      errors: [{ line: 2, message: expect.stringContaining("CSV") }],
    });
  });

  it("refuses malformed JSONL rows with their line and reason, and rows letta-evals would refuse", () => {
    const rows = [
      '{"input": "ok"}',
      "",
      '{"input": "unterminated',
      "[1, 2]",
      '{"ground_truth": "x"}',
      '{"input": "a", "ground_truth": ["x"]}',
      '{"input": ["a", "b"], "ground_truth": ["x"]}',
      '{"input": ""}',
    ];
    const result = suite("name: a\ndataset: d.jsonl\n", rows.join("\n"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.line, error.message.split(":")[0]])).toEqual([
      [3, "Not valid JSON"],
      [4, "Each line must be a JSON object ({…})."],
    ]);
    const semantic = suite(
      "name: a\ndataset: d.jsonl\n",
      rows.filter((_, index) => index !== 2 && index !== 3).join("\n"),
    );
    expect(semantic.ok).toBe(false);
    if (semantic.ok) return;
    expect(semantic.errors).toEqual([
      { file: "dataset.jsonl", line: 3, message: "`input` must be a string or a non-empty list of strings." },
      { file: "dataset.jsonl", line: 4, message: "`ground_truth` cannot be a list when `input` is a string." },
      { file: "dataset.jsonl", line: 5, message: expect.stringContaining("one string per input (2)") },
      { file: "dataset.jsonl", line: 6, message: "input.0: A message cannot be empty" },
    ]);
  });

  it("refuses an empty dataset", () => {
    expect(suite("name: a\ndataset: d.jsonl\n", "\n\n")).toMatchObject({
      ok: false,
      errors: [{ line: null, message: "The file has no rows." }],
    });
  });
});
