import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { graderSpecSchema, type CaseResult, type Dataset } from "@/lib/evals/types";
import { exportResults } from "./export-results";
import { exportSuite } from "./export-suite";
import { fixtureSuite } from "./fixture-files";
import { importSuite } from "./import-suite";

const now = new Date("2026-01-02T03:04:05.000Z");

function dataset(fields: Partial<Dataset>): Dataset {
  return {
    id: "d",
    name: "Capitals & more",
    description: "",
    cases: [],
    graders: [],
    gate: 1,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    ...fields,
  };
}
const grader = (fields: Record<string, unknown>) => graderSpecSchema.parse({ name: String(fields.id), ...fields });

/** Exports a dataset, then imports the files back as letta-evals would read them. */
function roundTrip(original: Dataset) {
  const exported = exportSuite(original);
  const [suite, data] = exported.files;
  if (!suite || !data) throw new Error("export wrote no files");
  const back = importSuite({ suite, dataset: data, files: [] }, now);
  if (!back.ok) throw new Error(JSON.stringify(back.errors));
  return { exported, suite, data, back };
}

describe("exporting a dataset as a letta-evals suite", () => {
  it("writes the suite and dataset files that import back to the same cases and graders", () => {
    const original = dataset({
      description: "Round trip",
      cases: [
        { id: "france", input: ["Capital of France?"], expected: "Paris", tags: ["geo"] },
        {
          id: "memory",
          input: ["I like apples", "What do I like?"],
          expected: "apples",
          startingMemory: { human: "Sam" },
          tags: [],
        },
      ],
      graders: [
        grader({ id: "answer", kind: "reply", match: "contains" }),
        grader({
          id: "exact",
          kind: "reply",
          match: "exact",
          caseSensitive: true,
          target: { from: "after_marker", marker: "ANSWER:" },
        }),
        grader({ id: "mem", kind: "memory", label: "human", match: "contains" }),
        grader({ id: "fetched", kind: "tool_output", tool: "fetch_webpage", match: "regex", caseSensitive: true }),
        grader({
          id: "judge",
          kind: "model_judge",
          rubric: 'Is {submission} right? Answer {"score": …}',
          model: "anthropic/claude-haiku-4-5",
        }),
      ],
    });
    const { suite, data, back } = roundTrip(original);
    expect(suite.name).toBe("capitals-more.yaml");
    expect(data.name).toBe("capitals-more.jsonl");
    expect(parse(suite.text)).toEqual({
      name: "Capitals & more",
      description: "Round trip",
      dataset: "capitals-more.jsonl",
      target: { kind: "letta_code" },
      graders: {
        answer: { kind: "tool", display_name: "answer", function: "contains", extractor: "last_assistant" },
        exact: {
          kind: "tool",
          display_name: "exact",
          function: "exact_match",
          extractor: "after_marker",
          extractor_config: { marker: "ANSWER:" },
        },
        mem: {
          kind: "tool",
          display_name: "mem",
          function: "contains",
          extractor: "memory_block",
          extractor_config: { block_label: "human" },
        },
        fetched: {
          kind: "tool",
          display_name: "fetched",
          function: "regex_match",
          extractor: "tool_output",
          extractor_config: { tool_name: "fetch_webpage" },
        },
        judge: {
          kind: "model_judge",
          display_name: "judge",
          prompt: 'Is {submission} right? Answer {{"score": …}}',
          model: "claude-haiku-4-5",
          provider: "anthropic",
          extractor: "last_assistant",
        },
      },
      reward: { kind: "metric", metric_key: "answer" },
    });
    expect(
      data.text
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([
      { id: "france", input: "Capital of France?", ground_truth: "Paris", tags: ["geo"] },
      {
        id: "memory",
        input: ["I like apples", "What do I like?"],
        ground_truth: "apples",
        agent_args: { starting_memory: { human: "Sam" } },
      },
    ]);
    expect(back.dataset.cases).toEqual(original.cases);
    expect(back.dataset.graders).toEqual(original.graders);
  });

  it("turns a grader's own value into the rows' ground truth when no case expects something else", () => {
    const original = dataset({
      cases: [{ id: "a", input: ["hi"], tags: [] }],
      graders: [grader({ id: "says", kind: "reply", match: "contains", value: "hello" })],
    });
    const { exported, back } = roundTrip(original);
    expect(JSON.parse(exported.files[1]?.text ?? "")).toMatchObject({ ground_truth: "hello" });
    expect(back.dataset.cases[0]?.expected).toBe("hello");
    expect(back.dataset.graders[0]).not.toHaveProperty("value");
  });

  it("lists what letta-evals cannot express, leaving those graders out", () => {
    const original = dataset({
      cases: [{ id: "a", input: ["hi"], expected: "x", tags: [] }],
      gate: 0.8,
      graders: [
        grader({ id: "val", kind: "reply", match: "contains", value: "other", weight: 2 }),
        grader({ id: "called", kind: "tool_called", tool: "t", arguments: { a: "1" } }),
        grader({ id: "anytool", kind: "tool_output", match: "contains", value: "x" }),
        grader({ id: "sleep", kind: "memory", label: "human", match: "contains", afterSleeptime: true }),
        grader({ id: "ci", kind: "reply", match: "exact", threshold: 0.5 }),
        grader({ id: "j", kind: "model_judge", rubric: "r" }),
      ],
    });
    const { exported } = roundTrip(original);
    expect(Object.keys((parse(exported.files[0]?.text ?? "") as { graders: object }).graders)).toEqual(["ci", "j"]);
    expect(exported.unmapped.map((note) => `${note.where}: ${note.what}`)).toEqual([
      'grader "val": value "other"',
      'grader "called": tool_called t',
      'grader "anytool": tool_output of any tool',
      'grader "sleep": memory after the sleep-time run',
      'grader "ci": case-insensitive exact',
      'grader "j": judge model',
      'grader "ci": threshold 0.5',
      "dataset: reward: metric ci",
      "dataset: gate 0.8",
      "dataset: target",
    ]);
  });

  it("round-trips the fixtures it imported", () => {
    for (const name of ["quickstart", "judge", "memory-multiturn", "tools"]) {
      const first = importSuite(fixtureSuite(name), now);
      if (!first.ok) throw new Error(name);
      const { back } = roundTrip(first.dataset);
      expect(back.dataset.cases, name).toEqual(first.dataset.cases);
      const exportable = first.dataset.graders.filter(
        (g) => g.kind !== "tool_called" && !(g.kind === "reply" && g.value !== undefined),
      );
      expect(
        back.dataset.graders.map((g) => g.id),
        name,
      ).toEqual(exportable.map((g) => g.id));
    }
  });
});

describe("exporting results as letta-evals result rows", () => {
  const base: CaseResult = {
    experimentId: "e",
    caseId: "france",
    agentId: "agent-1",
    copyAgentId: "agent-copy",
    copyKept: false,
    status: "passed",
    reply: "Paris.",
    trace: {
      messages: [
        { type: "reasoning", text: "Think" },
        { type: "tool_call", toolCallId: "c1", name: "fetch", arguments: { url: "x" } },
        { type: "tool_return", toolCallId: "c1", name: "fetch", status: "success", output: "<b>ok</b>" },
        { type: "assistant", text: "Paris." },
      ],
      blocks: {},
      blocksAfterSleeptime: null,
    },
    grades: [{ graderId: "answer", score: 1, passed: true, reason: 'The last reply contains "paris".' }],
    score: 1,
    usage: { prompt: 100, completion: 20, total: 120 },
    latencyMs: 1500,
    runIds: ["run-1"],
    error: null,
    startedAt: now.toISOString(),
    finishedAt: now.toISOString(),
  };

  it("writes one SampleResult row per finished case", () => {
    const ds = dataset({ graders: [grader({ id: "answer", kind: "reply", match: "contains" })] });
    const out = exportResults([base, { ...base, caseId: "pending", status: "running" }], ds, "openai/gpt-4.1-mini");
    expect(out).toMatchObject({ written: 1, skipped: 1 });
    const row = JSON.parse(out.text.trim()) as Record<string, unknown>;
    expect(row).toEqual({
      sample_id: "france",
      agent_id: "agent-copy",
      model_handle: "openai/gpt-4.1-mini",
      agent_usage: null,
      trajectory: [
        [
          { id: "message-0", date: now.toISOString(), message_type: "reasoning_message", reasoning: "Think" },
          {
            id: "message-1",
            date: now.toISOString(),
            message_type: "tool_call_message",
            tool_call: { name: "fetch", arguments: '{"url":"x"}', tool_call_id: "c1" },
            tool_calls: [{ name: "fetch", arguments: '{"url":"x"}', tool_call_id: "c1" }],
          },
          {
            id: "message-2",
            date: now.toISOString(),
            message_type: "tool_return_message",
            tool_call_id: "c1",
            name: "fetch",
            status: "success",
            tool_return: "<b>ok</b>",
          },
          { id: "message-3", date: now.toISOString(), message_type: "assistant_message", content: "Paris." },
        ],
      ],
      agent_state: null,
      token_data: null,
      submissions: { answer: "Paris." },
      grades: {
        answer: {
          score: 1,
          rationale: 'The last reply contains "paris".',
          metadata: { passed: true },
          per_turn_grades: null,
        },
      },
      reward: { score: 1, metadata: null },
      usage: {
        prompt_tokens: 100,
        completion_tokens: 20,
        cached_input_tokens: 0,
        cache_write_tokens: 0,
        reasoning_tokens: 0,
        cost: null,
      },
      timing: { total: 1.5, target: 1.5, extraction: null, per_grader: null },
      error: null,
    });
  });

  it("gives an errored case no reward and letta-evals' error shape", () => {
    const out = exportResults(
      [{ ...base, status: "errored", trace: null, grades: [], score: null, error: "Letta timed out" }],
      null,
    );
    expect(JSON.parse(out.text)).toMatchObject({
      trajectory: [],
      reward: null,
      error: { category: "target", exception_type: "LettaError", message: "Letta timed out" },
    });
  });
});
