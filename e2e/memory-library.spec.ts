import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";

test("create and attach a block, detach it, find it in the library and delete it", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  const marker = `marker${randomUUID().slice(0, 8)}`;
  await agentPage.goto(agent.id);
  await page.getByText("New block", { exact: true }).click();
  const form = page.getByRole("form", { name: "New block" });
  await form.getByRole("textbox", { name: "Label" }).fill("notes");
  await form.getByRole("textbox", { name: "Description" }).fill("Scratch notes");
  await form.getByRole("textbox", { name: "Value" }).fill(`Remember ${marker}`);
  await form.getByRole("button", { name: "Create and attach" }).click();
  await expect(agentPage.memory.card("notes")).toContainText(`Remember ${marker}`);
  const notes = await agentPage.memory.block("notes");
  await expect(notes.getByRole("textbox", { name: "Value" })).toHaveValue(`Remember ${marker}`);
  const created = await letta.agents.blocks.retrieve("notes", { agent_id: agent.id });
  expect(created.description).toBe("Scratch notes");

  await notes.getByRole("button", { name: "Detach" }).click();
  await page
    .getByRole("group", { name: "Detach notes from this agent?" })
    .getByRole("button", { name: "Detach block" })
    .click();
  await expect(notes).toBeHidden();
  await expect(agentPage.memory.card("notes")).toHaveCount(0);
  // The card goes at once (optimistic); wait until the server holds the detach.
  await expect
    .poll(async () => (await letta.agents.blocks.list(agent.id)).getPaginatedItems().map((block) => block.label))
    .not.toContain("notes");

  // Attach it again from the library picker, then detach once more.
  await page.getByText("Attach an existing block", { exact: true }).click();
  const attachForm = page.getByRole("form", { name: "Attach an existing block" });
  await attachForm.getByRole("searchbox", { name: "Find a block" }).fill(marker);
  await expect(attachForm.getByRole("combobox", { name: "Block" }).getByRole("option", { name: /^notes/ })).toHaveCount(
    1,
  );
  await attachForm.getByRole("combobox", { name: "Block" }).selectOption(created.id);
  await attachForm.getByRole("button", { name: "Attach" }).click();
  await agentPage.memory.block("notes");
  await expect
    .poll(
      async () =>
        (await letta.agents.blocks.list(agent.id)).getPaginatedItems().find((block) => block.label === "notes")?.id,
    )
    .toBe(created.id);
  await notes.getByRole("button", { name: "Detach" }).click();
  await page
    .getByRole("group", { name: "Detach notes from this agent?" })
    .getByRole("button", { name: "Detach block" })
    .click();
  await expect(notes).toBeHidden();
  await expect
    .poll(async () => (await letta.agents.blocks.list(agent.id)).getPaginatedItems().map((block) => block.label))
    .not.toContain("notes");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Blocks" }).click();
  await expect(page.getByRole("heading", { name: "Memory blocks" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search labels and values" }).fill(marker);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByText(`1 block matching "${marker}"`)).toBeVisible();
  const libraryNotes = page.getByRole("region", { name: "Block notes" });
  await expect(libraryNotes.getByText("Not used by any agent.")).toBeVisible();
  await libraryNotes.getByRole("button", { name: "Delete" }).click();
  await page
    .getByRole("group", { name: "Delete block notes for good?" })
    .getByRole("button", { name: "Delete block" })
    .click();
  await expect(libraryNotes).toBeHidden();
  await expect(letta.blocks.retrieve(created.id)).rejects.toMatchObject({ status: 404 });
});

test("the library lists the agents using a block and refuses to delete a used one", async ({ page, agent, letta }) => {
  const human = await letta.agents.blocks.retrieve("human", { agent_id: agent.id });
  await page.goto("/blocks");
  await page.getByRole("searchbox", { name: "Search labels and values" }).fill("end-to-end");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const editor = page
    .getByRole("region", { name: "Block human" })
    .filter({ has: page.getByRole("link", { name: agent.name }) });
  await expect(editor).toBeVisible();
  await expect(editor.getByRole("button", { name: "Delete" })).toHaveCount(0);
  expect((await letta.blocks.retrieve(human.id)).id).toBe(human.id);
});

test("the library lists the newest blocks first and shows more on request", async ({ page, letta }) => {
  const prefix = `page${randomUUID().slice(0, 6)}`;
  const created: string[] = [];
  try {
    // One after another, so their creation order is certain; the oldest falls off the first page.
    for (let index = 0; index < 27; index += 1)
      created.push(
        (await letta.blocks.create({ label: `${prefix}-${String(index).padStart(2, "0")}`, value: `block ${index}` }))
          .id,
      );
    await page.goto("/blocks");
    await expect(page.getByText("25 blocks, the most recently created first")).toBeVisible();
    await expect(page.getByRole("region", { name: `Block ${prefix}-26` })).toBeVisible();
    await expect(page.getByRole("region", { name: `Block ${prefix}-00` })).toHaveCount(0);
    await page.getByRole("button", { name: "Show more blocks" }).click();
    await expect(page.getByRole("region", { name: `Block ${prefix}-00` })).toBeVisible();
    await expect(page.getByRole("region", { name: `Block ${prefix}-01` })).toBeVisible();
  } finally {
    for (const id of created) await letta.blocks.delete(id).catch(() => undefined);
  }
});
