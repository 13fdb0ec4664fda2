// Every grader kind, built in the grader form and graded in an experiment on an agent with sleep-time enabled: reply
// (after a marker, every reply, the last reply), tool called with arguments, tool output, memory (after the case and
// after the sleep-time agent's run, which the scripted model plays) and the model judge (the scripted model judges).
import { randomUUID } from "node:crypto";
import { expectNoSeriousViolationsInBothThemes } from "./axe";
import { agentSnapshot, agentsNamedLikeCopies, experimentCopies } from "./evals-support";
import { expect, test } from "./fixtures";
import { createSleeptimeAgent, deleteWithSleeptime, sleeptimeGroupOf } from "./sleeptime-support";

test("every grader kind, built in the form, grades a case on a sleep-time agent's copy; the details of each case show", async ({
  page,
  evalsPage,
  letta,
}) => {
  test.setTimeout(300_000);
  const agent = await createSleeptimeAgent(letta, "e2e-evals-graders");
  let experimentId: string | null = null;
  try {
    const sleeptimeId = (await sleeptimeGroupOf(letta, agent.id)).group?.agent_ids[0];
    if (!sleeptimeId) throw new Error("Letta made no sleep-time agent");
    // With sleep-time on, Letta leaves the memory tools to the sleep-time agent: give the main agent memory_insert back.
    const [memoryInsert] = (await letta.tools.list({ name: "memory_insert" })).getPaginatedItems();
    if (!memoryInsert) throw new Error("Letta has no memory_insert tool");
    await letta.agents.tools.attach(memoryInsert.id, { agent_id: agent.id });
    const before = await Promise.all([agentSnapshot(letta, agent.id), agentSnapshot(letta, sleeptimeId)]);

    const datasetId = await evalsPage.createDataset(`e2e graders ${randomUUID().slice(0, 8)}`);
    await evalsPage.addCase("all", ["#remember likes green tea", "#say ANSWER: green tea"]);
    await evalsPage.addCase("fails", ["#say ANSWER: <b>coffee</b>"]);
    await evalsPage.addGrader("After marker", "Reply matches", {
      read: "the last reply after a marker",
      marker: "ANSWER:",
      match: "exact",
      value: "green tea",
    });
    await evalsPage.addGrader("Every reply", "Reply matches", {
      read: "every reply of the case",
      match: "contains",
      value: "Done: memory_insert returned",
    });
    await evalsPage.addGrader("Last reply", "Reply matches", {
      read: "the last reply",
      match: "regular expression",
      value: "^ANSWER: (green|black) tea$",
    });
    await evalsPage.addGrader("Inserted", "Tool was called", {
      tool: "memory_insert",
      arguments: [
        ["label", '^"human"$'],
        ["new_string", "green tea"],
      ],
    });
    await evalsPage.addGrader("Insert output", "Tool output matches", {
      tool: "memory_insert",
      match: "contains",
      value: "end-to-end tests",
    });
    await evalsPage.addGrader("Memory", "Memory block matches", {
      label: "human",
      match: "contains",
      value: "likes green tea",
    });
    await evalsPage.addGrader("Sleep-time memory", "Memory block matches", {
      label: "human",
      match: "regular expression",
      value: "Sleep-time note: \\S+",
      afterSleeptime: true,
    });
    await evalsPage.addGrader("Judge", "Model judge (rubric)", {
      rubric: "Names `green tea` and `<i>tea</i>`.",
      threshold: "0.5",
    });
    await expect(evalsPage.gradersSection.getByRole("heading", { name: "Graders (8)" })).toBeVisible();

    experimentId = await evalsPage.runExperiment([agent.name], 2);
    await expect(evalsPage.progress).toHaveText(/Status: done, 2 of 2 cases done/, { timeout: 240_000 });

    // The case that exercises every grader passes each, with its reason.
    const all = evalsPage.caseRow("all", agent.name);
    await expect(all).toContainText("passed");
    for (const [name, score] of [
      ["After marker", "1.00"],
      ["Every reply", "1.00"],
      ["Last reply", "1.00"],
      ["Inserted", "1.00"],
      ["Insert output", "1.00"],
      ["Memory", "1.00"],
      ["Sleep-time memory", "1.00"],
      ["Judge", "0.50"],
    ])
      await expect(all).toContainText(`pass ${name} (${score})`);
    await expect(all).toContainText('Block "human" after the sleep-time run matches');
    await expect(all).toContainText(
      'Judge: 0.50. Scripted judge: 1 of 2 rubric keywords in the response (found: "green tea"; missing: "<i>tea</i>").',
    );
    // Its reply, tool calls, tokens, latency and runs (the copy passed, so it is gone: run ids without links).
    const cells = all.getByRole("cell");
    await expect(cells.nth(3)).toHaveText("ANSWER: green tea");
    await expect(all.getByRole("list", { name: "Tool calls" })).toContainText(
      'memory_insert({"label":"human","new_string":"likes green tea"',
    );
    expect(Number(await cells.nth(6).textContent())).toBeGreaterThan(0);
    await expect(cells.nth(7)).toHaveText(/^\d+(\.\d)? (ms|s)$/);
    await expect(cells.nth(8)).toContainText(/run-[0-9a-f-]+/);
    await expect(cells.nth(8)).toContainText("copy deleted");

    // The failing case: every grader but the sleep-time one fails, each saying why; its copy is kept.
    const fails = evalsPage.caseRow("fails", agent.name);
    await expect(fails).toContainText("failed");
    await expect(fails).toContainText('fail After marker (0.00): The text after "ANSWER:", "<b>coffee</b>"');
    await expect(fails).toContainText('"memory_insert" was not called (no tool was called)');
    await expect(fails).toContainText("pass Sleep-time memory (1.00)");
    await expect(fails).toContainText('missing: "green tea", "<i>tea</i>"');
    await expect(fails).toContainText("copy kept");
    await expect(page.locator("main b, main i")).toHaveCount(0);
    await expectNoSeriousViolationsInBothThemes(page);
    await fails.getByRole("link", { name: "Run 1 of case fails" }).click();
    await expect(page).toHaveURL(/\/agents\/agent-[0-9a-f-]+\/runs\/run-/);
    await page.goBack();

    // Deleting the kept copy leaves no copy (nor its sleep-time agent); the agents are as they were.
    await page.getByRole("button", { name: /^Delete the 1 kept cop/ }).click();
    await expect(page.getByRole("button", { name: /^Delete the \d+ kept cop/ })).toHaveCount(0);
    expect(await agentsNamedLikeCopies(letta, experimentId)).toEqual([]);
    expect(await Promise.all([agentSnapshot(letta, agent.id), agentSnapshot(letta, sleeptimeId)])).toEqual(before);
    await evalsPage.deleteDataset(datasetId);
  } finally {
    const copies = experimentId ? await experimentCopies(letta, experimentId) : [];
    await Promise.all(copies.map((id) => deleteWithSleeptime(letta, id)));
    await deleteWithSleeptime(letta, agent.id);
  }
});
