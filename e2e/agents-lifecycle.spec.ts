import { APIError } from "@letta-ai/letta-client";
import { expect, test } from "./fixtures";
import { lightAgent, runId } from "./agents-support";
import { scriptedEmbedding } from "./test-stack";

async function isGone(promise: Promise<unknown>): Promise<boolean> {
  try {
    await promise;
    return false;
  } catch (error) {
    if (error instanceof APIError && error.status === 404) return true;
    throw error;
  }
}

test("renames, describes and tags the agent from its header", async ({ page, letta, agent }) => {
  const name = `renamed-${runId()}`;
  await page.goto(`/agents/${agent.id}`);
  await page.getByRole("button", { name: "Edit details" }).click();
  const form = page.getByRole("form", { name: "Agent details" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Description").fill("A better description.");
  await form.getByLabel("Tags").fill("one, two");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("list", { name: "Agent tags" }).getByRole("listitem")).toHaveText(["one", "two"]);

  // The header shows the change at once (optimistic); wait until the server holds it.
  await expect.poll(async () => (await letta.agents.retrieve(agent.id)).name).toBe(name);
  const saved = await letta.agents.retrieve(agent.id, { include: ["agent.tags"] });
  expect(saved.name).toBe(name);
  expect(saved.description).toBe("A better description.");
  expect([...saved.tags].sort()).toEqual(["one", "two"]);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(
    page.getByRole("main").getByRole("paragraph").filter({ hasText: "A better description." }),
  ).toBeVisible();
});

test("an empty name is refused inline, the text stays, and Cancel changes nothing", async ({ page, letta, agent }) => {
  await page.goto(`/agents/${agent.id}`);
  await page.getByRole("button", { name: "Edit details" }).click();
  const form = page.getByRole("form", { name: "Agent details" });
  await form.getByLabel("Name").fill("  ");
  await form.getByLabel("Description").fill("typed but not saved");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Give the agent a name.")).toBeVisible();
  await expect(form.getByLabel("Description")).toHaveValue("typed but not saved");
  await form.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: agent.name })).toBeVisible();
  const onServer = await letta.agents.retrieve(agent.id);
  expect(onServer.name).toBe(agent.name);
  expect(onServer.description ?? "").not.toBe("typed but not saved");
});

test("deletes after confirmation and returns to the list", async ({ page, letta, agent }) => {
  await page.goto(`/agents/${agent.id}`);
  await page.getByRole("button", { name: "Delete agent" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete ${agent.name}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog).not.toContainText("sleep-time agent");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect(await isGone(letta.agents.retrieve(agent.id))).toBe(false);

  await page.getByRole("button", { name: "Delete agent" }).click();
  await dialog.getByRole("button", { name: "Delete permanently" }).click();
  await expect(page).toHaveURL(/\/agents$/);
  await expect(page.getByRole("link", { name: agent.name })).toHaveCount(0);
  expect(await isGone(letta.agents.retrieve(agent.id))).toBe(true);
});

test("deleting an agent with sleep-time memory deletes its sleep-time agent and group too", async ({ page, letta }) => {
  const main = await letta.agents.create(
    lightAgent(`sleepy-${runId()}`, { embedding: scriptedEmbedding, enable_sleeptime: true }),
  );
  try {
    const withGroup = await letta.agents.retrieve(main.id, { include: ["agent.managed_group"] });
    const group = withGroup.managed_group;
    const sleeptimeId = group?.agent_ids.find((id) => id !== main.id);
    expect(sleeptimeId).toBeTruthy();
    const sleeptime = await letta.agents.retrieve(sleeptimeId ?? "");

    await page.goto(`/agents/${main.id}`);
    await page.getByRole("button", { name: "Delete agent" }).click();
    const dialog = page.getByRole("dialog", { name: `Delete ${main.name}?` });
    await expect(dialog).toContainText(`its sleep-time agent ${sleeptime.name}`);
    await dialog.getByRole("button", { name: "Delete permanently" }).click();
    await expect(page).toHaveURL(/\/agents$/);

    expect(await isGone(letta.agents.retrieve(main.id))).toBe(true);
    expect(await isGone(letta.agents.retrieve(sleeptime.id))).toBe(true);
    expect(await isGone(letta.get(`/v1/groups/${group?.id ?? ""}`))).toBe(true);
  } finally {
    await letta.agents.delete(main.id).catch(() => undefined);
  }
});
