import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { scriptedEmbedding, scriptedModel } from "./test-stack";

test("a block's value, limit, description and read-only flag are saved and read back", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  await agentPage.goto(agent.id);
  const human = await agentPage.memory.block("human");
  await expect(human.getByRole("textbox", { name: "Value" })).toHaveValue("The user runs end-to-end tests.");

  await human.getByRole("textbox", { name: "Value" }).fill("The user likes green tea.");
  await expect(human.getByLabel("Character count")).toContainText("25 /");
  await human.getByRole("spinbutton", { name: "Character limit" }).fill("500");
  await expect(human.getByLabel("Character count")).toHaveText("25 / 500 characters");
  await human.getByRole("textbox", { name: "Description" }).fill("What the agent knows about the user");
  await human.getByRole("checkbox", { name: "Read-only for the agent" }).check();
  await expect(human.getByText("unsaved draft")).toBeVisible();
  await human.getByRole("button", { name: "Save", exact: true }).click();
  await expect(human.getByText("unsaved draft")).toBeHidden();

  const stored = await letta.agents.blocks.retrieve("human", { agent_id: agent.id });
  expect(stored.value).toBe("The user likes green tea.");
  expect(stored.limit).toBe(500);
  expect(stored.description).toBe("What the agent knows about the user");
  expect(stored.read_only).toBe(true);

  await page.reload();
  // Saved: the card is closed after a reload, and says read-only.
  await expect(agentPage.memory.card("human").getByText("read-only", { exact: true })).toBeVisible();
  await expect(agentPage.memory.card("human")).toContainText("The user likes green tea.");
  const reopened = await agentPage.memory.block("human");
  await expect(reopened.getByRole("textbox", { name: "Value" })).toHaveValue("The user likes green tea.");
});

test("invalid edits are refused inline and nothing reaches the server", async ({ page, agent, letta, agentPage }) => {
  await agentPage.goto(agent.id);
  const human = await agentPage.memory.block("human");
  const original = "The user runs end-to-end tests.";

  // A value over the limit.
  await human.getByRole("spinbutton", { name: "Character limit" }).fill("10");
  await human.getByRole("textbox", { name: "Value" }).fill("far more than ten characters");
  await human.getByRole("button", { name: "Save", exact: true }).click();
  await expect(human.getByText("The value has 28 characters, over the limit of 10 by 18")).toBeVisible();

  // A limit below the current value.
  await human.getByRole("button", { name: "Discard draft" }).click();
  await expect(human.getByRole("textbox", { name: "Value" })).toHaveValue(original);
  await human.getByRole("spinbutton", { name: "Character limit" }).fill("5");
  await human.getByRole("button", { name: "Save", exact: true }).click();
  await expect(
    human.getByText(`The limit (5) is below the block's current length (${original.length} characters)`),
  ).toBeVisible();

  // A duplicate label for a new block.
  await page.getByText("New block", { exact: true }).click();
  const form = page.getByRole("form", { name: "New block" });
  await form.getByRole("textbox", { name: "Label" }).fill("persona");
  await form.getByRole("button", { name: "Create and attach" }).click();
  await expect(form.getByText('This agent already has a block labelled "persona"')).toBeVisible();

  const stored = await letta.agents.blocks.retrieve("human", { agent_id: agent.id });
  expect(stored.value).toBe(original);
  expect(stored.limit).not.toBe(5);
  const labels = (await letta.agents.blocks.list(agent.id)).getPaginatedItems().map((block) => block.label);
  expect(labels.sort()).toEqual(["human", "persona"]);
});

test("a draft survives a refused save, a reload and leaving the page; a server refusal shows its reason", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  await agentPage.goto(agent.id);
  const human = await agentPage.memory.block("human");
  await human.getByRole("spinbutton", { name: "Character limit" }).fill("12");
  await human.getByRole("textbox", { name: "Value" }).fill("a draft that is too long");
  await human.getByRole("button", { name: "Save", exact: true }).click();
  await expect(human.getByText(/over the limit of 12/)).toBeVisible();

  // A block with a draft opens in place by itself, with an "unsaved" badge on its card.
  await page.reload();
  await expect(agentPage.memory.editor("human").getByRole("textbox", { name: "Value" })).toHaveValue(
    "a draft that is too long",
  );
  await page.goto("/agents");
  await agentPage.goto(agent.id);
  await expect(agentPage.memory.editor("human").getByRole("textbox", { name: "Value" })).toHaveValue(
    "a draft that is too long",
  );
  await expect(agentPage.memory.editor("human").getByText("unsaved draft")).toBeVisible();
  await expect(agentPage.memory.card("human").getByText("unsaved", { exact: true })).toBeVisible();
  expect((await letta.agents.blocks.retrieve("human", { agent_id: agent.id })).value).toBe(
    "The user runs end-to-end tests.",
  );

  // The server refuses: the block was deleted behind the editor's back. Its reason is shown, the draft stays.
  const persona = await agentPage.memory.block("persona");
  await persona.getByRole("textbox", { name: "Value" }).fill("persona draft kept after a failure");
  const block = await letta.agents.blocks.retrieve("persona", { agent_id: agent.id });
  await letta.blocks.delete(block.id);
  // The open page notices the block is gone and keeps the draft on screen; saving shows the server's refusal.
  await expect(persona.getByRole("status")).toContainText("no longer attached to this agent");
  await persona.getByRole("button", { name: "Save", exact: true }).click();
  await expect(persona.getByRole("alert")).toContainText(/not found/i);
  await expect(persona.getByRole("textbox", { name: "Value" })).toHaveValue("persona draft kept after a failure");
});

test("a shared block edited in one agent is seen in the other", async ({ page, agent, letta, agentPage }) => {
  const other = await letta.agents.create({
    name: `e2e-shared-${randomUUID().slice(0, 8)}`,
    model: scriptedModel,
    embedding: scriptedEmbedding,
    memory_blocks: [],
  });
  const shared = await letta.blocks.create({ label: "team", value: "The team ships on Fridays.", limit: 2000 });
  try {
    await letta.agents.blocks.attach(shared.id, { agent_id: agent.id });
    await letta.agents.blocks.attach(shared.id, { agent_id: other.id });

    await agentPage.goto(agent.id);
    await expect(agentPage.memory.card("team").getByText("shared", { exact: true })).toBeVisible();
    const team = await agentPage.memory.block("team");
    await expect(team.getByText("shared", { exact: true })).toBeVisible();
    await expect(team.getByRole("link", { name: other.name })).toHaveAttribute("href", `/agents/${other.id}`);
    await team.getByRole("textbox", { name: "Value" }).fill("The team ships on Tuesdays.");
    await team.getByRole("button", { name: "Save", exact: true }).click();
    await expect(team.getByText("unsaved draft")).toBeHidden();

    expect((await letta.agents.blocks.retrieve("team", { agent_id: other.id })).value).toBe(
      "The team ships on Tuesdays.",
    );
    await team.getByRole("link", { name: other.name }).click();
    await expect(page).toHaveURL(new RegExp(`/agents/${other.id}$`));
    const otherTeam = await agentPage.memory.block("team");
    await expect(otherTeam.getByRole("textbox", { name: "Value" })).toHaveValue("The team ships on Tuesdays.");
    await expect(otherTeam.getByRole("link", { name: agent.name })).toBeVisible();
  } finally {
    await letta.agents.delete(other.id).catch(() => undefined);
    await letta.blocks.delete(shared.id).catch(() => undefined);
  }
});
