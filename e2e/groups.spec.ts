import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { deleteWithSleeptime, readGroup, sleeptimeGroupOf } from "./sleeptime-support";
import { scriptedModel } from "./test-stack";

const evie = path.join(import.meta.dirname, "fixtures", "agent-files", "evie.af");

test("an imported agent file's sleep-time group shows on /groups, its frequency edits, and its agents open", async ({
  page,
  letta,
}) => {
  // Import through the page, as a person would.
  await page.goto("/agents");
  const region = page.getByRole("region", { name: "Import agent file" });
  await region.getByRole("button", { name: "Import agent file" }).click();
  await region.getByLabel("Choose agent file").setInputFiles(evie);
  await region.getByRole("combobox", { name: "Model" }).selectOption(scriptedModel);
  const name = `e2e-groups-evie-${randomUUID().slice(0, 8)}`;
  await region.getByRole("textbox", { name: "Agent name" }).fill(name);
  await region.getByRole("button", { name: "Import", exact: true }).click();
  const result = region.getByRole("status");
  await expect(result).toContainText("Imported 2 agents", { timeout: 60_000 });
  const ids = (
    await result.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))
  ).map((href) => href.replace("/agents/", ""));
  const [mainId, sleeptimeId] = ids;
  if (!mainId || !sleeptimeId) throw new Error("the import did not answer two agents");

  try {
    const { group } = await sleeptimeGroupOf(letta, mainId);
    if (!group) throw new Error("the imported agent has no group");
    const sleeptimeName = (await letta.agents.retrieve(sleeptimeId)).name;

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Groups" }).click();
    await expect(page.getByRole("heading", { name: "Groups" })).toBeVisible();
    const card = page.getByRole("list", { name: "Groups" }).getByRole("listitem", { name: `Group ${group.id}` });
    await expect(card).toContainText("Sleep-time");
    await expect(card.getByRole("link", { name, exact: true })).toHaveAttribute("href", `/agents/${mainId}`);
    await expect(card.getByRole("link", { name: sleeptimeName, exact: true })).toHaveAttribute(
      "href",
      `/agents/${sleeptimeId}`,
    );
    await expect(card).toContainText("Sleep-time frequency (every N turns)5");

    // Edit the manager config: a bad value is refused inline and nothing is sent; a good one is saved.
    await card.getByText("Edit group").click();
    const form = card.getByRole("form", { name: `Edit group ${group.id}` });
    const frequency = form.getByRole("textbox", { name: "Sleep-time frequency (every N turns)" });
    await frequency.fill("0");
    await form.getByRole("button", { name: "Save group" }).click();
    await expect(form.getByText("The frequency must be at least 1.")).toBeVisible();
    await expect(frequency).toHaveValue("0");
    expect((await readGroup(letta, group.id)).sleeptime_agent_frequency).toBe(5);

    await frequency.fill("2");
    await form.getByRole("button", { name: "Save group" }).click();
    await expect(form.getByRole("status")).toHaveText("Saved.");
    await expect(card).toContainText("Sleep-time frequency (every N turns)2");
    expect((await readGroup(letta, group.id)).sleeptime_agent_frequency).toBe(2);

    // The server's refusal is shown as it gave it: here the group is gone by the time of the save.
    await letta.delete(`/v1/groups/${group.id}`);
    await frequency.fill("4");
    await form.getByRole("button", { name: "Save group" }).click();
    await expect(form.getByRole("alert")).toContainText(/not found/i);
    await expect(frequency).toHaveValue("4");

    await card.getByRole("link", { name: sleeptimeName, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/agents/${sleeptimeId}$`));
    await expect(page.getByRole("heading", { name: sleeptimeName })).toBeVisible();
  } finally {
    await deleteWithSleeptime(letta, mainId);
    await letta.agents.delete(sleeptimeId).catch(() => undefined);
  }
});
