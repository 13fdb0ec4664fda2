import { startAde } from "./ade-process";
import { expectNoSeriousViolationsInBothThemes } from "./axe";
import { runId } from "./agents-support";
import {
  agentSnapshot,
  cloneWithChangedHuman,
  datasetFile,
  deterministicGraders,
  experimentCopies,
} from "./evals-support";
import { expect, test } from "./fixtures";
import { EvalsPage } from "./pages/evals-page";

test("datasets: every validation message, a regex that does not compile is refused, JSON export and import", async ({
  page,
  evalsPage,
}) => {
  const name = `e2e dataset ${runId()}`;
  await evalsPage.gotoHome();
  await evalsPage.newDatasetForm.getByLabel("Gate (pass rate, 0 to 1)").fill("2");
  await evalsPage.newDatasetForm.getByRole("button", { name: "Create dataset" }).click();
  await expect(evalsPage.newDatasetForm.getByText("A dataset needs a name")).toBeVisible();
  await expect(evalsPage.newDatasetForm.getByText("The gate is a pass rate from 0 to 1")).toBeVisible();
  const datasetId = await evalsPage.createDataset(name, "0.5");

  // A case: an empty message and a doubly set block are both reported, and nothing is saved.
  await evalsPage.casesSection.getByRole("button", { name: "Add a case" }).click();
  await evalsPage.caseForm.getByRole("button", { name: "Set a block" }).click();
  await evalsPage.caseForm.getByLabel("Block value 1").fill("orphan value");
  await evalsPage.caseForm.getByRole("button", { name: "Save case" }).click();
  await expect(evalsPage.caseForm.getByText("A message cannot be empty")).toBeVisible();
  await expect(evalsPage.caseForm.getByText("Name the block this value goes into")).toBeVisible();
  await expect(evalsPage.caseForm.getByRole("alert")).toHaveText(/2 fields need attention/);
  await evalsPage.caseForm.getByRole("button", { name: "Remove block 1" }).click();
  await evalsPage.fillCase({ messages: ["#say <b>hello</b>"], expected: "<b>hello</b>" });
  await expect(evalsPage.casesSection.getByRole("cell", { name: "#say <b>hello</b>" })).toBeVisible();
  await expect(page.locator("b", { hasText: "hello" })).toHaveCount(0);

  // A grader whose pattern does not compile is refused when saved.
  await evalsPage.startGrader("Greeting", "Reply matches");
  await evalsPage.graderForm.getByLabel("Match").selectOption({ label: "regular expression" });
  await evalsPage.graderForm.getByLabel("Pattern").fill("([a-z");
  await evalsPage.graderForm.getByLabel("Weight").fill("0");
  await evalsPage.saveGrader();
  await expect(evalsPage.graderForm.getByText(/This regular expression does not compile/)).toBeVisible();
  await expect(evalsPage.graderForm.getByText(/Too small|expected number to be >0/i)).toBeVisible();
  // One that uses what the linear-time engine (RE2) lacks is refused too, saying so.
  await evalsPage.graderForm.getByLabel("Pattern").fill("hello(?= world)");
  await evalsPage.saveGrader();
  await expect(
    evalsPage.graderForm.getByText(
      /This regular expression is not supported by the ADE's linear-time engine \(RE2, .*\): invalid or unsupported Perl syntax: `\(\?=`/,
    ),
  ).toBeVisible();
  await evalsPage.graderForm.getByLabel("Pattern").fill("h[a-z]+o");
  await evalsPage.graderForm.getByLabel("Weight").fill("2");
  await evalsPage.saveGrader();
  await expect(evalsPage.gradersSection.getByRole("cell", { name: "Greeting", exact: true })).toBeVisible();

  // Edits are kept.
  await page.reload();
  await expect(evalsPage.casesSection.getByRole("cell", { name: "#say <b>hello</b>" })).toBeVisible();
  await expect(evalsPage.gradersSection.getByRole("cell", { name: "Greeting", exact: true })).toBeVisible();
  await expectNoSeriousViolationsInBothThemes(page);

  // Export, then import the file as a new dataset.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export as JSON" }).click();
  const file = await download;
  const text = (await (await file.createReadStream()).toArray()).join("");
  expect(JSON.parse(text)).toMatchObject({ format: "letta-ade-dataset", name, gate: 0.5 });
  await evalsPage.importFile("dataset.json", text);
  const importedId = await evalsPage.waitForDatasetPage(name);
  expect(importedId).not.toBe(datasetId);
  await expect(evalsPage.gradersSection.getByRole("cell", { name: "Greeting", exact: true })).toBeVisible();

  // A malformed file is refused with its line and the reason; nothing is imported.
  await evalsPage.importFile("broken.json", '{\n  "name": "broken",\n  "cases": [,]\n}');
  await expect(evalsPage.importForm.getByRole("alert")).toHaveText(
    /broken\.json was not imported\. Not valid JSON\. Line 3/,
  );
  await evalsPage.importFile(
    "invalid.json",
    datasetFile({
      name: "bad",
      cases: [],
      graders: [{ id: "g", name: "g", kind: "reply", match: "regex", value: "(" }],
    }),
  );
  await expect(evalsPage.importForm.getByRole("alert")).toHaveText(
    /graders\.0\.value: This regular expression does not compile/,
  );
  await expectNoSeriousViolationsInBothThemes(page);

  for (const id of [datasetId, importedId]) await evalsPage.deleteDataset(id);
});

test("an experiment runs each case on a fresh copy of an agent and its clone, grades it, and leaves both unchanged", async ({
  page,
  evalsPage,
  letta,
  agent,
}) => {
  test.setTimeout(420_000);
  const clone = await cloneWithChangedHuman(letta, agent, "The user writes unit tests.");
  const experiments: string[] = [];
  try {
    const before = await Promise.all([agentSnapshot(letta, agent.id), agentSnapshot(letta, clone.id)]);
    const name = `e2e experiment ${runId()}`;
    await evalsPage.importFile(
      "experiment.json",
      datasetFile({
        name,
        cases: [
          { id: "tea", input: ["#remember likes green tea", "#say likes green tea"], expected: "likes green tea" },
          { id: "chess", input: ["#remember plays chess"], expected: "plays chess" },
          {
            id: "markup",
            input: ["#remember <img src=x onerror=alert(1)> tag", "#say <img src=x onerror=alert(1)> tag"],
            expected: "<img src=x onerror=alert(1)> tag",
          },
          { id: "fails", input: ["#remember likes apples", "#say likes pears"], expected: "likes apples" },
        ],
        graders: deterministicGraders,
      }),
    );
    await evalsPage.waitForDatasetPage(name);
    const experimentId = await evalsPage.runExperiment([agent.name, clone.name], 2);
    experiments.push(experimentId);
    await expect(evalsPage.progress).toHaveText(/Status: done, 8 of 8 cases done/, { timeout: 300_000 });

    // The agent: everything passes but the case made to fail, whose reason is shown.
    for (const caseId of ["tea", "chess", "markup"])
      await expect(evalsPage.caseRow(caseId, agent.name)).toContainText("passed");
    const failing = evalsPage.caseRow("fails", agent.name);
    await expect(failing).toContainText("failed");
    await expect(failing).toContainText('The last reply, "likes pears", does not contain "likes apples"');
    await expect(failing).toContainText("copy kept");
    // The clone's changed block makes the tool output grader fail on every case.
    for (const caseId of ["tea", "chess", "markup"]) {
      await expect(evalsPage.caseRow(caseId, clone.name)).toContainText("failed");
      await expect(evalsPage.caseRow(caseId, clone.name)).toContainText("fail Tool output (0.00)");
    }
    await expect(evalsPage.caseRow("markup", agent.name)).toContainText("<img src=x onerror=alert(1)> tag");
    await expect(page.locator("main img")).toHaveCount(0);
    await expect(evalsPage.summary.getByRole("row", { name: new RegExp(`^${agent.name} `) })).toContainText("75%");
    await expect(evalsPage.summary.getByRole("row", { name: new RegExp(`^${clone.name} `) })).toContainText("0%");

    // The failed cases' copies (one of the agent, four of the clone) were kept: a run opens in the inspector.
    const copies = await experimentCopies(letta, experimentId);
    expect(copies).toHaveLength(5);
    await expectNoSeriousViolationsInBothThemes(page);
    await failing.getByRole("link", { name: "Run 1 of case fails" }).click();
    await expect(page).toHaveURL(/\/agents\/agent-[0-9a-f-]+\/runs\/run-/);
    await page.goBack();

    // A second experiment on the clone alone, compared case by case with the first: regressions first.
    await page.goto(`/evals/experiments/${experimentId}`);
    await page.getByRole("link", { name: name }).click();
    const secondId = await evalsPage.runExperiment([clone.name], 2);
    experiments.push(secondId);
    await expect(evalsPage.progress).toHaveText(/Status: done, 4 of 4 cases done/, { timeout: 300_000 });
    await page.goto(`/evals/compare?a=${experimentId}&b=${secondId}`);
    await expect(page.getByRole("status", { name: "Regressions" })).toHaveText(
      "4 cases got worse: tea, chess, markup, fails.",
    );
    await expect(page.getByRole("link", { name: `Compare ${agent.name} with ${clone.name}` })).toHaveAttribute(
      "href",
      `/compare?a=${agent.id}&b=${clone.id}`,
    );
    await expectNoSeriousViolationsInBothThemes(page);
    await page.getByRole("link", { name: `Compare ${agent.name} with ${clone.name}` }).click();
    await expect(page).toHaveURL(`/compare?a=${agent.id}&b=${clone.id}`);

    // The dataset's page: each agent's pass rate per experiment, by name, and the chart of them over time.
    await page.goto(`/evals/experiments/${secondId}`);
    await page.getByRole("link", { name: name }).click();
    const rates = page.getByRole("listitem");
    await expect(rates.filter({ hasText: `${agent.name}: 75% (4/4 run)` })).toHaveCount(1);
    await expect(rates.filter({ hasText: `${clone.name}: 0% (4/4 run)` })).toHaveCount(2);
    const chart = page.getByRole("figure", { name: "Pass rate per agent over experiments" });
    for (const agentName of [agent.name, clone.name])
      await expect(chart.getByText(agentName, { exact: true })).toBeVisible();
    await expectNoSeriousViolationsInBothThemes(page);

    // Deleting the kept copies leaves nothing behind; the agents are as they were.
    for (const id of [experimentId, secondId]) {
      await page.goto(`/evals/experiments/${id}`);
      await page.getByRole("button", { name: /^Delete the \d+ kept cop/ }).click();
      await expect(page.getByRole("button", { name: /^Delete the \d+ kept cop/ })).toHaveCount(0);
      expect(await experimentCopies(letta, id)).toEqual([]);
    }
    expect(await Promise.all([agentSnapshot(letta, agent.id), agentSnapshot(letta, clone.id)])).toEqual(before);
  } finally {
    const copies = (await Promise.all(experiments.map((id) => experimentCopies(letta, id)))).flat();
    await Promise.all([clone.id, ...copies].map((id) => letta.agents.delete(id).catch(() => undefined)));
  }
});

test("cancelling an experiment mid-run stops it, cancels what is left and deletes its copies", async ({
  evalsPage,
  letta,
  agent,
}) => {
  test.setTimeout(240_000);
  const before = await agentSnapshot(letta, agent.id);
  const name = `e2e cancel ${runId()}`;
  await evalsPage.importFile(
    "cancel.json",
    datasetFile({
      name,
      cases: [1, 2, 3, 4].map((n) => ({ id: `slow-${n}`, input: ["#slow 20"], expected: "Slow part" })),
      graders: [deterministicGraders[0] as Record<string, unknown>],
    }),
  );
  await evalsPage.waitForDatasetPage(name);
  const experimentId = await evalsPage.runExperiment([agent.name], 1);
  await expect(evalsPage.caseRow("slow-1", agent.name)).toContainText("running", { timeout: 60_000 });
  await evalsPage.page.getByRole("button", { name: "Cancel experiment" }).click();
  await expect(evalsPage.progress).toHaveText(/Status: cancelled, 4 of 4 cases done/, { timeout: 60_000 });
  for (const n of [2, 3, 4]) await expect(evalsPage.caseRow(`slow-${n}`, agent.name)).toContainText("cancelled");
  await expect.poll(() => experimentCopies(letta, experimentId), { timeout: 30_000 }).toEqual([]);
  expect(await agentSnapshot(letta, agent.id)).toEqual(before);
});

test("an experiment survives an ADE restart: what was not done is resumed", async ({ browser, letta, agent }) => {
  test.setTimeout(300_000);
  const before = await agentSnapshot(letta, agent.id);
  const env = { ADE_EVALS_LEASE_MS: "3000" };
  let ade = await startAde(8, env);
  const context = await browser.newContext({ baseURL: ade.baseUrl });
  try {
    const evals = new EvalsPage(await context.newPage());
    const name = `e2e restart ${runId()}`;
    await evals.importFile(
      "restart.json",
      datasetFile({
        name,
        cases: [1, 2, 3].map((n) => ({ id: `case-${n}`, input: [`#slow 12 ${n}`], expected: "Slow part" })),
        graders: [deterministicGraders[0] as Record<string, unknown>],
      }),
    );
    await evals.waitForDatasetPage(name);
    const experimentId = await evals.runExperiment([agent.name], 1);
    await expect(evals.caseRow("case-1", agent.name)).toContainText("passed", { timeout: 90_000 });
    await expect(evals.caseRow("case-2", agent.name)).toContainText("running");
    await ade.stop();
    ade = await startAde(8, env, undefined, { keepData: true });
    await evals.page.goto(`/evals/experiments/${experimentId}`);
    await expect(evals.progress).toHaveText(/Status: done, 3 of 3 cases done/, { timeout: 180_000 });
    for (const n of [1, 2, 3]) await expect(evals.caseRow(`case-${n}`, agent.name)).toContainText("passed");
    await expect.poll(() => experimentCopies(letta, experimentId), { timeout: 30_000 }).toEqual([]);
    expect(await agentSnapshot(letta, agent.id)).toEqual(before);
  } finally {
    await context.close();
    await ade.stop();
  }
});
