import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { scriptedEmbedding, scriptedModel } from "./test-stack";

test("a block's history lists the agent's memory tool edits", async ({ page, agent, letta }) => {
  await letta.agents.messages.create(agent.id, { messages: [{ role: "user", content: "#remember plays the cello" }] }, { maxRetries: 0 });
  expect((await letta.agents.blocks.retrieve("human", { agent_id: agent.id })).value).toContain("plays the cello");

  await page.goto(`/agents/${agent.id}`);
  await page.getByText("History of human", { exact: true }).click();
  const history = page.getByRole("region", { name: "History of human" });
  const entry = history.getByRole("listitem");
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(`${agent.name} (agent) · memory_insert · applied`);
  await expect(entry).toContainText('inserted "plays the cello"');

  // A save from the ADE joins the history, attributed to the ADE.
  const human = page.getByRole("region", { name: "Block human" });
  await human.getByRole("textbox", { name: "Value" }).fill("Edited in the ADE.");
  await human.getByRole("button", { name: "Save", exact: true }).click();
  await expect(human.getByText("unsaved draft")).toBeHidden();
  await page.reload();
  await page.getByText("History of human", { exact: true }).click();
  const latest = page.getByRole("region", { name: "History of human" }).getByRole("listitem").first();
  await expect(latest).toContainText("saved in the ADE · ADE save · applied");
  await expect(latest).toContainText("saved 18 characters");

  await page.getByText("History of persona", { exact: true }).click();
  await expect(page.getByRole("region", { name: "History of persona" }).getByText("No edits of this block")).toBeVisible();
});

test("edits by the sleep-time agent are attributed to it", async ({ page, letta }) => {
  const agent = await letta.agents.create({
    name: `e2e-sleeptime-${randomUUID().slice(0, 8)}`,
    model: scriptedModel,
    embedding: scriptedEmbedding,
    enable_sleeptime: true,
    memory_blocks: [{ label: "human", value: "The user." }],
  });
  try {
    await letta.agents.messages.create(agent.id, { messages: [{ role: "user", content: "my favourite colour is teal" }] }, { maxRetries: 0 });
    // The sleep-time agent runs in the background after the first turn and notes the user's message.
    await expect.poll(async () => (await letta.agents.blocks.retrieve("human", { agent_id: agent.id })).value, { timeout: 45_000 }).toContain("Sleep-time note");

    await page.goto(`/agents/${agent.id}`);
    await page.getByText("History of human", { exact: true }).click();
    const entry = page.getByRole("region", { name: "History of human" }).getByRole("listitem").filter({ hasText: "Sleep-time note" });
    await expect(entry).toContainText(`${agent.name}-sleeptime (sleep-time agent) · memory_insert`);
  } finally {
    const group = await letta.agents.retrieve(agent.id, { include: ["agent.managed_group"] }).catch(() => undefined);
    await letta.agents.delete(agent.id).catch(() => undefined);
    for (const id of group?.managed_group?.agent_ids ?? []) await letta.agents.delete(id).catch(() => undefined);
  }
});
