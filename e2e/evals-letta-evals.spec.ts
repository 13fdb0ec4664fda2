// A letta-evals suite (YAML, JSONL and a rubric file, written as letta-evals' documentation shows) imported through
// /evals: malformed files refused with their line and reason, what cannot be mapped listed, and the dataset run on
// the scripted model (exact_match after a marker, regex_match on RE2, a model judge with the rubric file).
import { agentSnapshot, experimentCopies } from "./evals-support";
import { expect, test } from "./fixtures";
import { runId } from "./agents-support";

const suiteYaml = (name: string) => `name: ${name}
description: Capitals answered after a marker, matched and judged
dataset: dataset.jsonl
max_samples: 10
target:
  kind: agent
  agent_file: capitals.af
  base_url: http://localhost:8283
graders:
  answer:
    kind: tool
    function: exact_match
    extractor: after_marker
    extractor_config:
      marker: "ANSWER:"
  pattern:
    kind: tool
    function: regex_match
    extractor: last_assistant
  judged:
    kind: model_judge
    prompt_path: rubric.txt
    extractor: last_assistant
gate:
  metric_key: answer
  op: gte
  value: 0.5
`;

const rows = [
  { id: "france", input: "#say ANSWER: Paris", ground_truth: "Paris" },
  { id: "japan", input: "#say ANSWER: <i>Kyoto</i>", ground_truth: "Tokyo", tags: ["asia"] },
  // A catastrophic pattern for a backtracking engine, on a reply that makes it backtrack: graded at once on RE2.
  { id: "redos", input: `#say ${"a".repeat(40)}!`, ground_truth: "(a+)+$" },
];
const datasetJsonl = rows.map((row) => JSON.stringify(row)).join("\n");
const rubric = { name: "rubric.txt", text: "Score 1.0 if the answer names `Paris`.\n\nAnswer:\n{submission}\n" };

test("a letta-evals suite is imported through the page, what cannot be mapped is listed, and it runs", async ({
  page,
  evalsPage,
  letta,
  agent,
}) => {
  test.setTimeout(240_000);
  const before = await agentSnapshot(letta, agent.id);
  const name = `e2e letta-evals ${runId()}`;
  await evalsPage.gotoHome();
  const section = evalsPage.lettaEvalsImport;

  // Malformed YAML, then malformed JSONL: refused with the file, the line and the reason; nothing is imported.
  await evalsPage.readLettaEvalsSuite(
    {
      name: "suite.yaml",
      text: "name: x\ndataset: dataset.jsonl\ngraders:\n  a:\n    kind: tool\n   function: contains\n",
    },
    { name: "dataset.jsonl", text: datasetJsonl },
  );
  await expect(section.getByRole("alert")).toContainText("The suite was not imported: 1 problem.");
  await expect(section.getByRole("alert")).toContainText(
    "suite.yaml, line 6: All mapping items must start at the same column",
  );
  await evalsPage.readLettaEvalsSuite(
    { name: "suite.yaml", text: suiteYaml(name) },
    { name: "dataset.jsonl", text: `${JSON.stringify(rows[0])}\n{"input": "b"` },
    [rubric],
  );
  await expect(section.getByRole("alert")).toContainText(/dataset\.jsonl, line 2: Not valid JSON: /);
  await expect(section.getByRole("region", { name: "Imported suite" })).toHaveCount(0);

  // The suite as letta-evals' documentation writes it: read, with what the ADE does not carry over listed.
  await evalsPage.readLettaEvalsSuite(
    { name: "suite.yaml", text: suiteYaml(name) },
    { name: "dataset.jsonl", text: datasetJsonl },
    [rubric],
  );
  const imported = section.getByRole("region", { name: "Imported suite" });
  await expect(imported.getByRole("status")).toHaveText(`Read ${name}: 3 cases, 3 graders.`);
  const notCarried = imported.getByRole("table", { name: /Not carried over \(5\)/ });
  for (const where of [
    "suite.yaml: max_samples",
    "suite.yaml: target.agent_file",
    "suite.yaml: gate",
    "suite.yaml: graders.judged.model",
  ])
    await expect(notCarried.getByRole("row", { name: new RegExp(`^${where.replace(/[.]/g, "\\.")} `) })).toBeVisible();
  await imported.getByRole("button", { name: "Use this dataset" }).click();
  const datasetId = await evalsPage.waitForDatasetPage(name);
  for (const grader of ["answer", "pattern", "judged"])
    await expect(evalsPage.gradersSection.getByRole("cell", { name: grader, exact: true })).toBeVisible();
  await expect(evalsPage.casesSection.getByRole("cell", { name: "#say ANSWER: <i>Kyoto</i>" })).toBeVisible();

  // Run: the first case passes every grader; the others fail with their reasons; the ReDoS pattern did not hang.
  const experimentId = await evalsPage.runExperiment([agent.name], 2);
  try {
    await expect(evalsPage.progress).toHaveText(/Status: done, 3 of 3 cases done/, { timeout: 180_000 });
    const france = evalsPage.caseRow("france", agent.name);
    await expect(france).toContainText("passed");
    await expect(france).toContainText("pass judged (1.00)");
    const japan = evalsPage.caseRow("japan", agent.name);
    await expect(japan).toContainText('The text after "ANSWER:", "<i>Kyoto</i>", is not exactly "Tokyo"');
    const redos = evalsPage.caseRow("redos", agent.name);
    await expect(redos).toContainText("failed");
    await expect(redos).toContainText(
      `fail pattern (0.00): The last reply, "${"a".repeat(40)}!", does not match /(a+)+$/`,
    );
    await expect(page.locator("main i")).toHaveCount(0);
  } finally {
    await page.getByRole("button", { name: /^Delete the \d+ kept cop/ }).click();
    await expect(page.getByRole("button", { name: /^Delete the \d+ kept cop/ })).toHaveCount(0);
  }
  expect(await experimentCopies(letta, experimentId)).toEqual([]);
  expect(await agentSnapshot(letta, agent.id)).toEqual(before);
  await evalsPage.deleteDataset(datasetId);
});
