import { randomUUID } from "node:crypto";
import { mainAdeDatabase, storeRows } from "./ade-store";
import { expect, test } from "./fixtures";
import { latestRunId } from "./inspector-support";
import { AbChatPage } from "./pages/ab-chat-page";
import { ChatPane } from "./pages/chat-pane";
import { scriptedEmbedding, scriptedModel } from "./test-stack";

/** A dataset's cases as the ADE's store holds them. */
async function storedCases(datasetId: string) {
  const [row] = await storeRows<{ dataset: { cases: { id: string; input: string[]; expected?: string }[] } }>(
    mainAdeDatabase,
    "select dataset from ade_eval_datasets where id = $1",
    [datasetId],
  );
  return row?.dataset.cases ?? [];
}

const deleteDatasets = (name: string) =>
  storeRows(mainAdeDatabase, "delete from ade_eval_datasets where dataset->>'name' = $1", [name]);

test("a chat turn becomes a case (its message the input, its reply the expected answer), and so does a run from the inspector", async ({
  page,
  agent,
  letta,
  evalsPage,
}) => {
  test.setTimeout(120_000);
  const name = `e2e from chat ${randomUUID().slice(0, 8)}`;
  try {
    await page.goto(`/agents/${agent.id}`);
    const chat = new ChatPane(page);
    await chat.sendAndExpect("#model hello from the chat", "scripted-model says: hello from the chat");
    const addButton = chat.log.getByRole("button", { name: /^Add to dataset: run run-/ });
    await expect(addButton).toHaveCount(1);
    const firstCase = await evalsPage.addTurnToDataset(addButton, { newDataset: name });
    const datasetId = await evalsPage.waitForDatasetPage(name);
    await expect(evalsPage.datasetCaseRow(firstCase)).toContainText("#model hello from the chat");
    await expect(evalsPage.datasetCaseRow(firstCase)).toContainText("scripted-model says: hello from the chat");
    expect(await storedCases(datasetId)).toEqual([
      {
        id: firstCase,
        input: ["#model hello from the chat"],
        expected: "scripted-model says: hello from the chat",
        tags: [],
      },
    ]);

    // From a run's page in the inspector, into the same dataset.
    await page.goto(`/agents/${agent.id}`);
    await chat.sendAndExpect("#model hello from the inspector", "scripted-model says: hello from the inspector");
    const runId = await latestRunId(letta, agent.id);
    await page.goto(`/agents/${agent.id}/runs/${runId}`);
    const secondCase = await evalsPage.addTurnToDataset(
      page.getByRole("navigation", { name: "Run links" }).getByRole("button", { name: `Add to dataset: run ${runId}` }),
      { dataset: name },
    );
    expect(secondCase).not.toBe(firstCase);
    await evalsPage.waitForDatasetPage(name);
    await expect(evalsPage.datasetCaseRow(secondCase)).toContainText("#model hello from the inspector");
    await expect(evalsPage.datasetCaseRow(secondCase)).toContainText("scripted-model says: hello from the inspector");
    expect((await storedCases(datasetId)).map((item) => [item.input, item.expected])).toEqual([
      [["#model hello from the chat"], "scripted-model says: hello from the chat"],
      [["#model hello from the inspector"], "scripted-model says: hello from the inspector"],
    ]);
  } finally {
    await deleteDatasets(name);
  }
});

test("a turn of the A/B chat becomes a case with that side's reply as the expected answer", async ({
  page,
  agent,
  letta,
  evalsPage,
}) => {
  test.setTimeout(120_000);
  const name = `e2e from A/B ${randomUUID().slice(0, 8)}`;
  const other = await letta.agents.create({
    name: `${agent.name}-b`,
    model: `${scriptedModel}-2`,
    embedding: scriptedEmbedding,
    memory_blocks: [{ label: "persona", value: "I am agent B." }],
  });
  try {
    const abChat = new AbChatPage(page);
    await abChat.goto(agent, other);
    await abChat.send("#model which of you answers");
    await expect(abChat.a.replies().last()).toHaveText("scripted-model says: which of you answers");
    await expect(abChat.b.replies().last()).toHaveText("scripted-model-2 says: which of you answers");
    const caseId = await evalsPage.addTurnToDataset(
      abChat.b.log.getByRole("button", { name: /^Add to dataset: run run-/ }),
      { newDataset: name },
    );
    const datasetId = await evalsPage.waitForDatasetPage(name);
    await expect(evalsPage.datasetCaseRow(caseId)).toContainText("scripted-model-2 says: which of you answers");
    expect(await storedCases(datasetId)).toEqual([
      {
        id: caseId,
        input: ["#model which of you answers"],
        expected: "scripted-model-2 says: which of you answers",
        tags: [],
      },
    ]);
  } finally {
    await deleteDatasets(name);
    await letta.agents.delete(other.id).catch(() => undefined);
  }
});
