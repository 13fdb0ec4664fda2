import { randomUUID } from "node:crypto";
import { z } from "zod";
import { expect, test } from "./fixtures";
import { scriptedEmbedding } from "./test-stack";

test("an archive is attached and detached from the agent page", async ({ page, agent, letta, agentPage }) => {
  const archive = await letta.archives.create({
    name: `e2e-archive-${randomUUID().slice(0, 8)}`,
    embedding: scriptedEmbedding,
  });
  try {
    await agentPage.goto(agent.id);
    await agentPage.memory.show("Archival memory");
    const archives = page.getByRole("region", { name: "Archives" });
    await archives.getByRole("combobox", { name: "Other archive" }).selectOption(archive.id);
    await archives.getByRole("button", { name: "Attach archive" }).click();
    await expect(archives.getByRole("listitem").filter({ hasText: archive.name })).toBeVisible();
    const attached = await letta.archives.list({ agent_id: agent.id });
    expect(attached.getPaginatedItems().map((item) => item.id)).toContain(archive.id);

    await archives
      .getByRole("listitem")
      .filter({ hasText: archive.name })
      .getByRole("button", { name: "Detach" })
      .click();
    await archives.getByRole("button", { name: "Detach archive" }).click();
    await expect(archives.getByRole("listitem").filter({ hasText: archive.name })).toBeHidden();
    const after = await letta.archives.list({ agent_id: agent.id });
    expect(after.getPaginatedItems().map((item) => item.id)).not.toContain(archive.id);
  } finally {
    await letta.archives.delete(archive.id).catch(() => undefined);
  }
});

test("passages are paged, newest first", async ({ page, agent, letta, agentPage }) => {
  for (let index = 1; index <= 22; index += 1)
    await letta.agents.passages.create(agent.id, { text: `Numbered passage ${index}` });
  await agentPage.goto(agent.id);
  await agentPage.memory.show("Archival memory");
  const passages = page.getByRole("region", { name: "Passages" });
  await expect(passages.getByRole("listitem").first()).toContainText("Numbered passage 22");
  await expect(passages.getByRole("listitem")).toHaveCount(20);
  await passages.getByRole("button", { name: "Older passages" }).click();
  await expect(passages.getByRole("listitem")).toHaveCount(2);
  await expect(passages.getByRole("listitem").last()).toContainText("Numbered passage 1");
  await expect(passages.getByRole("button", { name: "Older passages" })).toBeDisabled();
  await passages.getByRole("button", { name: "Newer passages" }).click();
  await expect(passages.getByRole("listitem")).toHaveCount(20);
});

test("the context window warns when it is nearly full", async ({ page, agent, letta, agentPage }) => {
  const figures = z.object({ context_window_size_current: z.number() });
  const before = figures.parse(await letta.get(`/v1/agents/${agent.id}/context`));
  await letta.agents.update(agent.id, { context_window_limit: Math.ceil(before.context_window_size_current / 0.9) });
  const server = z
    .object({ context_window_size_current: z.number(), context_window_size_max: z.number() })
    .parse(await letta.get(`/v1/agents/${agent.id}/context`));
  expect(server.context_window_size_current / server.context_window_size_max).toBeGreaterThanOrEqual(0.8);

  await page.goto(`/agents/${agent.id}`);
  await agentPage.memory.show("Context window");
  const percent = Math.round((server.context_window_size_current / server.context_window_size_max) * 100);
  await expect(agentPage.memory.view("Context window").getByRole("alert")).toHaveText(
    `The context window is ${percent}% full; Letta will soon summarise older messages to make room.`,
  );
  await expect(page.getByLabel("Context usage")).toContainText(
    `of ${server.context_window_size_max.toLocaleString("en-US")} tokens`,
  );
});
