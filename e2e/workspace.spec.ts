import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { scriptedEmbedding, scriptedModel } from "./test-stack";

const width = async (locator: import("@playwright/test").Locator) => (await locator.boundingBox())?.width ?? 0;

test("panes resize by dragging, collapse, and keep their sizes after a reload", async ({ page, agent, agentPage }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await agentPage.goto(agent.id, { name: agent.name });
  const agentPane = agentPage.pane("Agent");
  const memoryPane = agentPage.pane("Memory");
  await expect(agentPage.pane("Chat")).toBeVisible();
  const before = await width(agentPane);
  expect(before).toBeGreaterThan(200);

  // Drag the separator 150 px to the right: the agent pane grows by that much.
  const separator = await agentPage.separator("Agent").boundingBox();
  if (!separator) throw new Error("no separator");
  await page.mouse.move(separator.x + separator.width / 2, separator.y + separator.height / 2);
  await page.mouse.down();
  await page.mouse.move(separator.x + 150, separator.y + separator.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => width(agentPane)).toBeGreaterThan(before + 120);
  const dragged = await width(agentPane);

  // Collapse the memory pane: it becomes a strip with its name, and the chat takes the room.
  const chatBefore = await width(agentPage.pane("Chat"));
  await agentPage.paneToggle("Memory", "Collapse").click();
  await expect(agentPage.paneToggle("Memory", "Expand")).toBeVisible();
  await expect.poll(() => width(memoryPane)).toBeLessThan(60);
  await expect(agentPage.memory.tab("Core memory")).toHaveCount(0);
  expect(await width(agentPage.pane("Chat"))).toBeGreaterThan(chatBefore + 200);

  // The layout is kept per browser (a cookie), so the server renders it after a reload.
  await expect
    .poll(async () => (await page.context().cookies()).find((c) => c.name === "ade-workspace-layout")?.value ?? "")
    .toContain("memory");
  await page.reload();
  await expect(agentPage.paneToggle("Memory", "Expand")).toBeVisible();
  expect(Math.abs((await width(agentPane)) - dragged)).toBeLessThan(4);
  expect(await width(memoryPane)).toBeLessThan(60);

  // Expanding brings the memory pane back with its content.
  await agentPage.paneToggle("Memory", "Expand").click();
  await expect(agentPage.memory.card("human")).toBeVisible();
  await expect.poll(() => width(memoryPane)).toBeGreaterThan(250);

  // The separator also works with the keyboard.
  await agentPage.separator("Agent").focus();
  const beforeKeys = await width(agentPane);
  for (let step = 0; step < 3; step += 1) await page.keyboard.press("ArrowLeft");
  await expect.poll(() => width(agentPane)).toBeLessThan(beforeKeys - 10);
});

test("at 1280×720 the composer is on screen without scrolling, after a long conversation too", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  for (let index = 0; index < 4; index += 1) {
    await letta.agents.messages.create(agent.id, {
      messages: [{ role: "user", content: `#long 40 message number ${index}` }],
    });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await agentPage.goto(agent.id, { name: agent.name });
  await expect(agentPage.chat.log.getByRole("article", { name: "Agent reply" }).first()).toBeVisible();
  await expect(agentPage.chat.message).toBeInViewport({ ratio: 1 });
  await expect(agentPage.chat.sendButton).toBeInViewport({ ratio: 1 });
  // The window itself does not scroll: the transcript scrolls inside the chat pane.
  const scroll = await page.evaluate(() => ({
    page: document.documentElement.scrollHeight,
    window: window.innerHeight,
  }));
  expect(scroll.page).toBeLessThanOrEqual(scroll.window);
  const log = await agentPage.chat.log.evaluate((element) => ({
    scrollHeight: element.scrollHeight,
    clientHeight: element.clientHeight,
  }));
  expect(log.scrollHeight).toBeGreaterThan(log.clientHeight);
});

test("under 1024 px the panes are tabs, and switching keeps what was typed", async ({ page, agent, agentPage }) => {
  await page.setViewportSize({ width: 900, height: 800 });
  await agentPage.goto(agent.id, { name: agent.name });
  const tabs = page.getByRole("tablist", { name: "Workspace panes" });
  await expect(tabs.getByRole("tab")).toHaveText(["Chat", "Agent", "Memory"]);
  await expect(agentPage.paneTab("Chat")).toHaveAttribute("aria-selected", "true");
  await expect(agentPage.separator("Agent")).toHaveCount(0);
  await expect(agentPage.chat.message).toBeInViewport();
  await agentPage.chat.message.fill("typed before switching");

  await agentPage.paneTab("Memory").click();
  await expect(agentPage.memory.card("human")).toBeVisible();
  await expect(agentPage.chat.message).toBeHidden();
  await agentPage.paneTab("Agent").click();
  await expect(agentPage.settings.form).toBeVisible();
  await agentPage.paneTab("Chat").click();
  await expect(agentPage.chat.message).toHaveValue("typed before switching");

  // Back over 1024 px, the panes are side by side again.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(tabs).toHaveCount(0);
  await expect(agentPage.pane("Agent")).toBeVisible();
  await expect(agentPage.pane("Memory")).toBeVisible();
});

test("the top bar stays on one line from 1024 to 1440 px", async ({ page, agent, agentPage }) => {
  for (const viewport of [1024, 1152, 1280, 1440]) {
    await page.setViewportSize({ width: viewport, height: 800 });
    await agentPage.goto(agent.id, { name: agent.name });
    const bar = page.getByRole("banner");
    const box = await bar.boundingBox();
    expect(box?.height, `top bar height at ${viewport} px`).toBeLessThanOrEqual(50);
    for (const control of [
      page.getByRole("link", { name: "Letta ADE" }),
      page.getByRole("button", { name: "Switch agent" }),
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Agents" }),
      page.getByRole("combobox", { name: "Connection" }),
      page.getByRole("region", { name: "Letta server" }).getByRole("status"),
    ]) {
      const place = await control.boundingBox();
      expect(place, `${control} at ${viewport} px`).not.toBeNull();
      expect((place?.x ?? 0) + (place?.width ?? 0), `${control} at ${viewport} px`).toBeLessThanOrEqual(viewport);
      expect(place?.y ?? 99, `${control} at ${viewport} px`).toBeLessThan(48);
    }
  }
  // Under 1280 px the rest of the navigation is in the "More" menu.
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.getByRole("button", { name: "More" }).click();
  await page.getByRole("menuitem", { name: "Models" }).click();
  await expect(page).toHaveURL(/\/models$/);
});

test("the agent switcher finds an agent by part of its name and lists recent agents", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  const marker = randomUUID().slice(0, 8);
  const other = await letta.agents.create({
    name: `e2e-switch-target-${marker}`,
    model: scriptedModel,
    embedding: scriptedEmbedding,
    memory_blocks: [],
  });
  try {
    await agentPage.goto(agent.id, { name: agent.name });
    await page.getByRole("button", { name: "Switch agent" }).click();
    const search = page.getByRole("combobox", { name: "Search agents by name" });
    await expect(search).toBeFocused();
    await search.fill(`target-${marker}`);
    await expect(page.getByRole("listbox", { name: "Matching agents" }).getByRole("option")).toHaveText([other.name]);
    await search.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/agents/${other.id}$`));
    await expect(page.getByRole("heading", { level: 1, name: other.name })).toBeVisible();

    // Both agents are now recent in this browser, the open one first.
    await page.getByRole("button", { name: "Switch agent" }).click();
    const recent = page.getByRole("listbox", { name: "Recent agents" }).getByRole("option");
    await expect(recent.nth(0)).toContainText(other.name);
    await expect(recent.nth(1)).toContainText(agent.name);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/agents/${agent.id}$`));
  } finally {
    await letta.agents.delete(other.id).catch(() => undefined);
  }
});

test("memory cards filter by label, and the focused editor saves with a markdown preview", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  for (const label of ["project_goals", "project_notes", "style"])
    await letta.agents.blocks.attach(
      (await letta.blocks.create({ label, value: `The ${label} block.`, limit: 1000 })).id,
      { agent_id: agent.id },
    );
  await agentPage.goto(agent.id, { name: agent.name });
  const memory = agentPage.memory;
  await expect(memory.blockList.getByRole("article")).toHaveCount(5);
  await expect(memory.card("style")).toContainText("The style block.");
  await expect(memory.card("style").getByRole("meter", { name: "Characters used in style" })).toHaveAttribute(
    "value",
    "16",
  );

  await memory.filter.fill("PROJECT");
  await expect(memory.blockList.getByRole("article")).toHaveCount(2);
  await expect(memory.region.getByRole("status").filter({ hasText: "2 of 5" })).toBeVisible();
  await expect(memory.card("project_notes")).toBeVisible();
  await expect(memory.card("human")).toHaveCount(0);

  const value = "# Release notes\n\n- ship the **workspace**\n\n<script>window.hacked = 1</script>";
  let dialog = await memory.focus("project_notes");
  await dialog.getByRole("textbox", { name: "Value" }).fill(value);
  const preview = dialog.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("heading", { name: "Release notes" })).toBeVisible();
  await expect(preview.getByRole("listitem")).toHaveText("ship the workspace");
  await expect(preview).toContainText("<script>");

  // Esc closes the editor and focus returns to its button; the card shows the draft, marked unsaved.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  const opener = memory.card("project_notes").getByRole("button", { name: /focused editor/ });
  await expect(opener).toBeFocused();
  await expect(memory.card("project_notes").getByText("unsaved", { exact: true })).toBeVisible();
  await expect(memory.card("project_notes").getByRole("region", { name: "Block project_notes" })).toBeVisible();
  expect((await letta.agents.blocks.retrieve("project_notes", { agent_id: agent.id })).value).toBe(
    "The project_notes block.",
  );

  // Saved from the focused editor: the server holds the value, the card its first lines.
  dialog = await memory.focus("project_notes");
  await expect(dialog.getByRole("textbox", { name: "Value" })).toHaveValue(value);
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog.getByText("unsaved draft")).toBeHidden();
  await expect
    .poll(async () => (await letta.agents.blocks.retrieve("project_notes", { agent_id: agent.id })).value)
    .toBe(value);
  await dialog.getByRole("button", { name: "Close", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(memory.card("project_notes").getByText("unsaved", { exact: true })).toHaveCount(0);
  await expect(memory.card("project_notes")).toContainText("# Release notes");
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
});

test("an agent with no messages suggests first messages, and one fills the composer", async ({ agent, agentPage }) => {
  await agentPage.goto(agent.id, { name: agent.name });
  const start = agentPage.chat.region.getByRole("region", { name: "Start the conversation" });
  await expect(start).toBeVisible();
  await start.getByRole("button", { name: "What do you know about me so far?" }).click();
  await expect(agentPage.chat.message).toHaveValue("What do you know about me so far?");
  await expect(agentPage.chat.message).toBeFocused();
  await agentPage.chat.sendButton.click();
  await expect(agentPage.chat.log.getByRole("article", { name: "Agent reply" }).last()).toContainText(
    "What do you know about me so far?",
  );
  await expect(start).toHaveCount(0);
});
