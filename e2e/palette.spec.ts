import { expect, test } from "./fixtures";
import { KeyboardUser } from "./pages/keyboard";
import { ChatPane } from "./pages/chat-pane";

test("the command palette finds an agent by part of its name and Enter opens it", async ({ page, agent }) => {
  await page.goto("/blocks");
  const keys = new KeyboardUser(page);
  await keys.openPalette();
  const part = agent.name.slice(-8);
  await keys.palette.getByRole("combobox").fill(part);
  const option = keys.palette.getByRole("option", { name: new RegExp(agent.name) });
  await expect(option).toBeVisible();
  // The server searched: only agents whose names contain the part are offered.
  await expect(keys.palette.getByRole("group", { name: "Agents" }).getByRole("option")).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/agents/${agent.id}$`));
  await expect(keys.palette).toBeHidden();
  await expect(page.getByRole("heading", { name: agent.name })).toBeVisible();
});

test("the palette runs actions: switch theme, presentation mode, new agent", async ({ page }) => {
  await page.goto("/agents");
  const keys = new KeyboardUser(page);
  await keys.openPalette();
  await page.keyboard.type("dark theme");
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);

  await keys.openPalette();
  await page.keyboard.type("presentation mode");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]present=1/);

  await keys.openPalette();
  await page.keyboard.type("new agent");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/agents\/new\?present=1$/);
});

test("keyboard only: open an agent, send a message, stop a slow reply with Esc, save a block with Ctrl+S", async ({
  page,
  agent,
  letta,
}) => {
  await page.goto("/agents");
  const keys = new KeyboardUser(page);

  await keys.openPalette();
  await page.keyboard.type(agent.name);
  await expect(keys.palette.getByRole("option", { name: new RegExp(agent.name) })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/agents/${agent.id}$`));

  // "/" focuses the message box; Enter sends.
  const message = new ChatPane(page).message;
  await expect(message).toBeVisible();
  await page.keyboard.press("/");
  await expect(message).toBeFocused();
  await page.keyboard.type("#slow 40 a long answer");
  await page.keyboard.press("Enter");
  const conversation = new ChatPane(page).log;
  const reply = conversation.getByRole("article", { name: "Agent reply" }).last();
  await expect(reply).toContainText("Slow part 2");

  await page.keyboard.press("Escape");
  await expect(conversation.getByText("Stopped by you")).toBeVisible();
  await expect
    .poll(async () =>
      (await letta.runs.list({ agent_id: agent.id, limit: 5 })).getPaginatedItems().map((r) => r.status),
    )
    .toContain("cancelled");

  // Alt+3 goes to the memory pane; Tab reaches the block's card, Enter opens it, Tab reaches its value;
  // Ctrl+S saves it.
  await page.keyboard.press("Alt+3");
  const card = page.getByRole("article", { name: "Memory block persona", exact: true });
  await keys.tabTo(card.getByRole("button", { name: "Edit persona", exact: true }));
  await page.keyboard.press("Enter");
  const value = card.getByRole("region", { name: "Block persona" }).getByRole("textbox", { name: "Value" });
  await keys.tabTo(value);
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Saved from the keyboard.");
  await page.keyboard.press("Control+s");
  await expect(page.getByText("Saved persona")).toBeVisible();
  await expect
    .poll(async () => (await letta.agents.blocks.retrieve("persona", { agent_id: agent.id })).value)
    .toBe("I am a test agent. Saved from the keyboard.");
});

test("? lists the shortcuts", async ({ page, agent }) => {
  await page.goto(`/agents/${agent.id}`);
  await expect(new ChatPane(page).message).toBeVisible();
  await page.locator("body").press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  for (const action of [
    "Command palette",
    "Stop the reply",
    "Save the focused block or settings",
    "Focus the message box",
  ])
    await expect(dialog.getByRole("row", { name: new RegExp(action) })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("detaching a block shows a toast whose Undo attaches it again", async ({ page, agent, agentPage, letta }) => {
  await page.goto(`/agents/${agent.id}`);
  const human = await agentPage.memory.block("human");
  await human.getByRole("button", { name: "Detach" }).click();
  await human.getByRole("button", { name: "Detach block" }).click();
  const toast = page.getByRole("listitem").filter({ hasText: "Detached human" });
  await expect(toast).toBeVisible();
  await expect
    .poll(async () => (await letta.agents.blocks.list(agent.id)).getPaginatedItems().map((block) => block.label))
    .not.toContain("human");

  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Attached human again")).toBeVisible();
  await expect
    .poll(async () => (await letta.agents.blocks.list(agent.id)).getPaginatedItems().map((block) => block.label))
    .toContain("human");
  await expect(agentPage.memory.card("human")).toBeVisible();
});

test("detaching a tool shows a toast whose Undo attaches it again", async ({ page, agent, letta }) => {
  await page.goto(`/agents/${agent.id}`);
  await page.getByRole("tab", { name: /^Tools/ }).click();
  const toolNames = async () =>
    (await letta.agents.retrieve(agent.id, { include: ["agent.tools"] })).tools.map((tool) => tool.name);
  expect(await toolNames()).toContain("memory_insert");
  const item = page.getByRole("listitem", { name: "Tool memory_insert" });
  await item.getByRole("button", { name: "Detach" }).click();
  await item.getByRole("button", { name: "Detach" }).click();
  const toast = page.getByRole("listitem").filter({ hasText: "Detached memory_insert" });
  await expect(toast).toBeVisible();
  await expect.poll(toolNames).not.toContain("memory_insert");
  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Attached memory_insert again")).toBeVisible();
  await expect.poll(toolNames).toContain("memory_insert");
  await expect(page.getByRole("listitem", { name: "Tool memory_insert" })).toBeVisible();
});
