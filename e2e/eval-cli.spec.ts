// `npm run eval` run as a process against the test stack's Letta: a dataset file, a letta-evals suite and a
// stored dataset; the table, letta-evals' result rows, the exit code against the gate; bad input refused with
// exit code 2 and nothing written; the agent unchanged and no copy left.
import type Letta from "@letta-ai/letta-client";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { databaseUrl, mainAdeDatabase } from "./ade-store";
import { runId } from "./agents-support";
import { resultRows, runEvalCli, tableRow } from "./eval-cli";
import { agentSnapshot, datasetFile, deterministicGraders } from "./evals-support";
import { expect, test } from "./fixtures";

const cases = [
  { id: "tea", input: ["#remember likes green tea", "#say likes green tea"], expected: "likes green tea" },
  { id: "chess", input: ["#remember plays chess"], expected: "plays chess" },
  { id: "fails", input: ["#remember likes apples", "#say likes pears"], expected: "likes apples" },
];

/** A loopback port nothing listens on: one the system just handed out and took back. */
async function closedLocalPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const workDir = () => mkdtempSync(path.join(tmpdir(), "ade-eval-cli-"));

async function evalCopies(letta: Letta): Promise<string[]> {
  const page = await letta.agents.list({ tags: ["ade-eval-copy"], limit: 1000 });
  return page
    .getPaginatedItems()
    .map((agent) => agent.id)
    .sort();
}

/** Each copy a results file names is gone from the server. */
async function expectCopiesDeleted(letta: Letta, rows: Record<string, unknown>[]) {
  for (const row of rows) {
    const copy = String(row.agent_id);
    expect(copy).toMatch(/^agent-/);
    await expect(letta.agents.retrieve(copy)).rejects.toMatchObject({ status: 404 });
  }
}

test("a dataset file meeting its gate: the table, letta-evals' result rows, exit 0, the agent unchanged and no copy left", async ({
  letta,
  agent,
}) => {
  test.setTimeout(240_000);
  const dir = workDir();
  const file = path.join(dir, "dataset.json");
  const out = path.join(dir, "results.jsonl");
  writeFileSync(file, datasetFile({ name: `cli ${runId()}`, gate: 0.6, cases, graders: deterministicGraders }));
  const before = await agentSnapshot(letta, agent.id);
  const copiesBefore = await evalCopies(letta);

  const run = await runEvalCli([file, "--agent", agent.id, "--out", out, "--concurrency", "2"]);

  expect(run.stderr).not.toContain("npm run eval:");
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/^case\s+agent\s+result\s+score\s+ms\s+why$/m);
  for (const id of ["tea", "chess"]) expect(tableRow(run.stdout, id)).toMatch(/\spassed\s+1\.00\s+\d+$/);
  expect(tableRow(run.stdout, "fails")).toMatch(
    /\sfailed\s+0\.\d\d\s+\d+\s+reply: The last reply, "likes pears", does not contain "likes apples"/,
  );
  expect(run.stdout).toContain(
    `${agent.name} (${agent.id}): 2 passed, 1 failed, 0 errored of 3: 66.7% meets the gate of 60.0%`,
  );
  expect(run.stdout).toContain(`Results: ${out}`);

  const rows = resultRows(out);
  expect(rows?.map((row) => row.sample_id)).toEqual(["tea", "chess", "fails"]);
  const [tea, , fails] = rows ?? [];
  expect(tea).toMatchObject({
    error: null,
    reward: { score: 1 },
    submissions: { reply: "likes green tea" },
    grades: {
      reply: { score: 1, metadata: { passed: true } },
      remembered: { score: 1 },
      "tool-output": { score: 1 },
      memory: { score: 1 },
    },
    usage: { prompt_tokens: expect.any(Number), completion_tokens: expect.any(Number) },
    timing: { total: expect.any(Number) },
  });
  const trajectory = (tea?.trajectory as { message_type: string; tool_call?: { name: string } }[][])[0] ?? [];
  expect(trajectory.map((message) => message.message_type)).toContain("tool_call_message");
  expect(trajectory.find((message) => message.tool_call)?.tool_call?.name).toBe("memory_insert");
  expect(fails).toMatchObject({
    error: null,
    grades: { reply: { score: 0, rationale: expect.stringContaining('does not contain "likes apples"') } },
  });

  expect(await agentSnapshot(letta, agent.id)).toEqual(before);
  await expectCopiesDeleted(letta, rows ?? []);
  expect(await evalCopies(letta)).toEqual(copiesBefore);
});

test("a letta-evals suite below its gate exits 1; --keep-failed keeps only the failing case's copy", async ({
  letta,
  agent,
}) => {
  test.setTimeout(240_000);
  const dir = workDir();
  writeFileSync(
    path.join(dir, "suite.yaml"),
    [
      "name: cli-suite",
      "dataset: data/cases.jsonl",
      "graders:",
      "  answer:",
      "    kind: tool",
      "    function: contains",
      "    extractor: last_assistant",
      "  remembered:",
      "    kind: tool",
      "    function: contains",
      "    extractor: memory_block",
      "    extractor_config:",
      "      block_label: human",
      "",
    ].join("\n"),
  );
  const data = path.join(dir, "data");
  mkdirSync(data);
  writeFileSync(
    path.join(data, "cases.jsonl"),
    [
      JSON.stringify({ id: "chess", input: "#remember plays chess", ground_truth: "plays chess" }),
      JSON.stringify({
        id: "fails",
        input: ["#remember likes apples", "#say likes pears"],
        ground_truth: "likes apples",
      }),
    ].join("\n"),
  );
  const out = path.join(dir, "suite-results.jsonl");
  const before = await agentSnapshot(letta, agent.id);

  const run = await runEvalCli([path.join(dir, "suite.yaml"), "--agent", agent.id, "--out", out, "--keep-failed"]);

  expect(run.code, run.stderr).toBe(1);
  expect(tableRow(run.stdout, "chess")).toMatch(/\spassed\s/);
  const failing = tableRow(run.stdout, "fails");
  expect(failing).toMatch(/\sfailed\s/);
  expect(failing).toContain('answer: The last reply, "likes pears", does not contain "likes apples"');
  expect(run.stdout).toContain("1 passed, 1 failed, 0 errored of 2: 50.0% BELOW the gate of 100.0%");
  const rows = resultRows(out) ?? [];
  expect(rows.map((row) => row.sample_id)).toEqual(["chess", "fails"]);
  const kept = String(rows[1]?.agent_id);
  expect(failing).toContain(`(copy kept: ${kept})`);
  // The failing case's copy is kept, with the turns it was graded on; the passing case's copy is gone.
  const copy = await letta.agents.retrieve(kept, { include: ["agent.blocks", "agent.tags"] });
  expect(copy.tags).toContain("ade-eval-copy");
  expect(copy.blocks.find((block) => block.label === "human")?.value).toContain("likes apples");
  await letta.agents.delete(kept);
  await expectCopiesDeleted(letta, rows);
  expect(await agentSnapshot(letta, agent.id)).toEqual(before);
});

test("bad input exits 2 with the reason and writes nothing: a missing file, malformed files with their line, an unknown agent, an unreachable server", async ({
  agent,
}) => {
  test.setTimeout(180_000);
  const dir = workDir();
  const out = path.join(dir, "never.jsonl");
  const good = path.join(dir, "good.json");
  writeFileSync(good, datasetFile({ name: "good", cases: cases.slice(0, 1), graders: deterministicGraders }));
  const malformed = path.join(dir, "malformed.json");
  writeFileSync(malformed, '{\n  "name": "x",\n  "cases": [,]\n}\n');
  const suite = path.join(dir, "suite.yaml");
  writeFileSync(
    suite,
    "name: broken\ndataset: rows.jsonl\ngraders:\n  answer:\n    kind: tool\n    function: contains\n    extractor: last_assistant\n",
  );
  writeFileSync(path.join(dir, "rows.jsonl"), '{"input": "hello", "ground_truth": "hello"}\n{"input": "oops"\n');
  const badYaml = path.join(dir, "bad.yaml");
  writeFileSync(badYaml, "name: broken\ndataset: rows.jsonl\ngraders:\n  answer: [unclosed\n");
  const closedPort = `http://127.0.0.1:${await closedLocalPort()}`;

  const expectations: [string[], Record<string, string>, RegExp][] = [
    [[path.join(dir, "missing.json"), "--agent", agent.id], {}, /missing\.json: no such file\./],
    [
      [malformed, "--agent", agent.id],
      {},
      /malformed\.json: Not valid JSON\. Line 3, column 13: a value was expected\./,
    ],
    [[suite, "--agent", agent.id], {}, /rows\.jsonl, line 2: Not valid JSON/],
    [[badYaml, "--agent", agent.id], {}, /bad\.yaml, line \d+: /],
    [
      [good, "--agent", "agent-00000000-0000-4000-8000-000000000000"],
      {},
      /has no agent agent-00000000-0000-4000-8000-000000000000\./,
    ],
    [[good, "--agent", "not-an-agent"], {}, /Not an agent id: not-an-agent/],
    [
      [good, "--agent", agent.id],
      { LETTA_BASE_URL: closedPort },
      /The Letta server at .* cannot be reached\. Check LETTA_BASE_URL/,
    ],
    [[good], {}, /Name at least one agent: --agent <agent id>\./],
    [[dir, "--agent", agent.id], {}, /is a folder, not a file\./],
    [[good, "--agent", agent.id, "--out", path.join(dir, "nowhere", "results.jsonl")], {}, /nowhere does not exist\./],
    [
      ["ds-no-such-dataset", "--agent", agent.id],
      { ADE_DATA_DIR: path.join(dir, "no-store") },
      /No file ds-no-such-dataset, and no ADE store/,
    ],
  ];
  for (const [args, env, message] of expectations) {
    const run = await runEvalCli(args.includes("--out") ? args : [...args, "--out", out], env);
    expect(run.code, `${args.join(" ")}: ${run.stderr}`).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
  }
});

test("a dataset saved in the ADE runs by its id from the ADE's store", async ({ page, evalsPage, letta, agent }) => {
  test.setTimeout(240_000);
  const name = `cli stored ${runId()}`;
  await evalsPage.importFile(
    "stored.json",
    datasetFile({ name, gate: 0.5, cases: cases.slice(1), graders: deterministicGraders }),
  );
  const datasetId = await evalsPage.waitForDatasetPage(name);
  try {
    const out = path.join(workDir(), "stored.jsonl");
    const before = await agentSnapshot(letta, agent.id);
    const run = await runEvalCli([datasetId, "--agent", agent.id, "--out", out], {
      ADE_DATABASE_URL: databaseUrl(mainAdeDatabase),
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`${name} (`);
    expect(tableRow(run.stdout, "chess")).toMatch(/\spassed\s/);
    expect(tableRow(run.stdout, "fails")).toMatch(/\sfailed\s/);
    expect(run.stdout).toContain("1 passed, 1 failed, 0 errored of 2: 50.0% meets the gate of 50.0%");
    const rows = resultRows(out) ?? [];
    expect(rows.map((row) => row.sample_id)).toEqual(["chess", "fails"]);
    await expectCopiesDeleted(letta, rows);
    expect(await agentSnapshot(letta, agent.id)).toEqual(before);
  } finally {
    await page.goto(`/evals/datasets/${datasetId}`);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Delete dataset" }).click();
    await expect(page.getByRole("heading", { name: "Evals", level: 1 })).toBeVisible();
  }
});
