import type { Page, Request } from "@playwright/test";
import { expect, test } from "./fixtures";
import { AgentPage } from "./pages/agent-page";
import { adeBaseUrl } from "./test-stack";

async function openSettings(page: Page, agentId: string) {
  const agentPage = new AgentPage(page);
  await agentPage.goto(agentId);
  await agentPage.settings.open();
  const form = agentPage.settings.form;
  await expect(form.getByRole("textbox", { name: "Name" })).toBeVisible();
  return form;
}

test("change the model and the temperature, save, and read them back from the server", async ({
  page,
  agent,
  letta,
}) => {
  const before = await letta.agents.retrieve(agent.id);
  const form = await openSettings(page, agent.id);
  await expect(form.getByRole("combobox", { name: "Model", exact: true })).toHaveValue("openai-proxy/scripted-model");
  await expect(form.getByRole("textbox", { name: "Context window limit" })).toHaveValue(
    String(before.llm_config.context_window),
  );

  await form.getByRole("combobox", { name: "Model", exact: true }).selectOption("openai-proxy/scripted-model-2");
  await form.getByRole("textbox", { name: "Temperature" }).fill("0.3");
  await expect(form.getByRole("group", { name: "Model", exact: true }).getByText("Unsaved")).toBeVisible();
  await expect(form.getByRole("group", { name: "Temperature", exact: true }).getByText("Unsaved")).toBeVisible();
  await expect(
    form.getByRole("group", { name: "Context window limit", exact: true }).getByText("Unsaved"),
  ).toBeHidden();
  await expect(form.getByRole("status")).toHaveText("2 unsaved changes");
  await expect(page.getByRole("tab", { name: "Settings (unsaved changes)" })).toBeVisible();

  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByRole("status")).toHaveText("No unsaved changes");
  await expect(page.getByRole("tab", { name: "Settings", exact: true })).toBeVisible();

  const after = await letta.agents.retrieve(agent.id);
  expect(after.llm_config.handle).toBe("openai-proxy/scripted-model-2");
  expect(after.llm_config.temperature).toBe(0.3);
  // What the form showed and nobody changed stays as it was.
  expect(after.llm_config.context_window).toBe(before.llm_config.context_window);
  expect(after.llm_config.max_tokens).toBe(before.llm_config.max_tokens);
  expect(after.system).toBe(before.system);
  expect(after.name).toBe(before.name);

  // A setting alone: only that value changes on the server.
  await form.getByRole("textbox", { name: "Max output tokens" }).fill("1234");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByRole("status")).toHaveText("No unsaved changes");
  const third = await letta.agents.retrieve(agent.id);
  expect(third.llm_config.max_tokens).toBe(1234);
  expect(third.llm_config.temperature).toBe(0.3);
  expect(third.llm_config.handle).toBe("openai-proxy/scripted-model-2");
  expect(third.llm_config.context_window).toBe(before.llm_config.context_window);

  await page.reload();
  const reloaded = await openSettings(page, agent.id);
  await expect(reloaded.getByRole("combobox", { name: "Model", exact: true })).toHaveValue(
    "openai-proxy/scripted-model-2",
  );
  await expect(reloaded.getByRole("textbox", { name: "Temperature" })).toHaveValue("0.3");
  await expect(reloaded.getByRole("textbox", { name: "Max output tokens" })).toHaveValue("1234");
});

test("edit the system prompt and see it compiled with memory filled in", async ({ page, agent, letta }) => {
  const form = await openSettings(page, agent.id);
  const preview = form.getByRole("region", { name: "Compiled system prompt" });
  // Read once the field comes into view (below the fold of the settings panel).
  await form.getByRole("heading", { name: "Compiled system prompt" }).scrollIntoViewIfNeeded();
  await expect(preview).toContainText("I am a test agent.");

  const prompt = "You are the settings test agent. Marker ZX-42.\n{CORE_MEMORY}";
  await form.getByRole("textbox", { name: "System prompt" }).fill(prompt);
  await expect(form.getByLabel("System prompt size")).toContainText(`${prompt.length} characters`);
  await expect(form.getByRole("group", { name: "System prompt", exact: true }).getByText("Unsaved")).toBeVisible();
  await expect(form.getByText("It shows the saved prompt: save to see your edit here.")).toBeVisible();
  await expect(preview).not.toContainText("Marker ZX-42");

  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByRole("status")).toHaveText("No unsaved changes");
  expect((await letta.agents.retrieve(agent.id)).system).toBe(prompt);
  await expect(preview).toContainText("Marker ZX-42");
  // The memory blocks are filled in where the prompt asks for them.
  await expect(preview).toContainText("I am a test agent.");
  await expect(preview).toContainText("The user runs end-to-end tests.");
  await expect(preview).not.toContainText("{CORE_MEMORY}");
});

test("invalid settings are refused before sending; a refused save keeps the changes, also across a reload", async ({
  page,
  agent,
  letta,
}) => {
  const form = await openSettings(page, agent.id);
  const writes: string[] = [];
  page.on("request", (request) => {
    if (request.method() !== "GET") writes.push(`${request.method()} ${request.url()}`);
  });

  await form.getByRole("textbox", { name: "Temperature" }).fill("3");
  await form.getByRole("textbox", { name: "Context window limit" }).fill("lots");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByText("The temperature must be between 0 and 2.")).toBeVisible();
  await expect(form.getByText("The context window limit must be a whole number of tokens.")).toBeVisible();
  await expect(form.getByRole("textbox", { name: "Temperature" })).toHaveAttribute("aria-invalid", "true");
  expect(writes).toEqual([]);
  await form.getByRole("button", { name: "Discard changes" }).click();
  await expect(form.getByRole("textbox", { name: "Temperature" })).toHaveValue(String(agent.llm_config.temperature));

  await form.getByRole("textbox", { name: "Description" }).fill("A description that must survive");
  await form.getByRole("combobox", { name: "Model", exact: true }).selectOption({ label: "Another handle (type it)…" });
  await form.getByRole("textbox", { name: "Model handle" }).fill("openai-proxy/no-such-model");
  await form.getByRole("button", { name: "Save settings" }).click();
  const refusal = form.getByRole("alert").filter({ hasText: "The settings were not saved" });
  await expect(refusal).toContainText("no-such-model");
  await expect(form.getByRole("textbox", { name: "Description" })).toHaveValue("A description that must survive");
  await expect(form.getByRole("textbox", { name: "Model handle" })).toHaveValue("openai-proxy/no-such-model");
  await expect(form.getByRole("status")).toHaveText("2 unsaved changes");
  const held = await letta.agents.retrieve(agent.id);
  expect(held.description ?? "").toBe(agent.description ?? "");
  expect(held.llm_config.handle).toBe("openai-proxy/scripted-model");

  // The edits are drafts in the browser: a reload keeps them.
  await page.reload();
  await expect(page.getByRole("tab", { name: "Settings (unsaved changes)" })).toBeVisible();
  await page.getByRole("tab", { name: "Settings" }).click();
  await expect(form.getByRole("textbox", { name: "Description" })).toHaveValue("A description that must survive");
  await expect(form.getByRole("textbox", { name: "Model handle" })).toHaveValue("openai-proxy/no-such-model");

  await form.getByRole("button", { name: "Discard changes" }).click();
  await expect(form.getByRole("status")).toHaveText("No unsaved changes");
  await expect(form.getByRole("textbox", { name: "Description" })).toHaveValue(agent.description ?? "");
  await expect(form.getByRole("combobox", { name: "Model", exact: true })).toHaveValue("openai-proxy/scripted-model");
});

test("viewing an agent and every panel issues no write, and the agent stays as the server holds it", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  const before = await letta.agents.retrieve(agent.id, { include: ["agent.blocks", "agent.tools", "agent.tags"] });
  const contextBefore = await letta.get<{ context_window_size_max: number }>(`/v1/agents/${agent.id}/context`);
  const requests: Request[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).origin === adeBaseUrl) requests.push(request);
  });

  await agentPage.goto(agent.id, { name: agent.name });
  const panels = page.getByRole("tablist", { name: "Agent panels" }).getByRole("tab");
  const names = await panels.allInnerTexts();
  expect(names).toEqual(["Settings", "Tools", "Sleep-time", "Files", "Next request", "Code"]);
  for (const name of names) {
    await page.getByRole("tablist", { name: "Agent panels" }).getByRole("tab", { name, exact: true }).click();
    if (name === "Settings") {
      const form = agentPage.settings.form;
      await form.getByRole("heading", { name: "Compiled system prompt" }).scrollIntoViewIfNeeded();
      await expect(form.getByRole("region", { name: "Compiled system prompt" })).toContainText("I am a test agent.");
      await expect(form.getByLabel("System prompt size")).toContainText("tokens");
    }
  }
  for (const view of ["Core memory", "Archival memory", "Context window", "Timeline"] as const) {
    await expect(await agentPage.memory.show(view)).toBeVisible();
  }
  await agentPage.memory.show("Context window");
  await expect(
    agentPage.memory
      .view("Context window")
      .getByText(/tokens/)
      .first(),
  ).toBeVisible();
  // Opening a block's card and its focused editor writes nothing either.
  await agentPage.memory.show("Core memory");
  await agentPage.memory.block("human");
  await agentPage.memory.focus("persona");
  await page.keyboard.press("Escape");
  await page.waitForLoadState("networkidle");

  expect(requests.length).toBeGreaterThan(0);
  expect(
    requests
      .filter((request) => !["GET", "HEAD"].includes(request.method()))
      .map((request) => `${request.method()} ${request.url()}`),
  ).toEqual([]);

  const after = await letta.agents.retrieve(agent.id, { include: ["agent.blocks", "agent.tools", "agent.tags"] });
  expect(after.updated_at).toBe(before.updated_at);
  expect(after.llm_config).toEqual(before.llm_config);
  expect(after.embedding_config).toEqual(before.embedding_config);
  expect(after.system).toBe(before.system);
  expect(after.message_ids).toEqual(before.message_ids);
  const blocks = (agentState: typeof before) =>
    agentState.blocks.map((block) => `${block.label}=${block.value}`).sort();
  expect(blocks(after)).toEqual(blocks(before));
  const contextAfter = await letta.get<{ context_window_size_max: number }>(`/v1/agents/${agent.id}/context`);
  expect(contextAfter.context_window_size_max).toBe(contextBefore.context_window_size_max);
});

test("agent type and ids are shown read-only, with copy buttons", async ({ page, context, agent }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const form = await openSettings(page, agent.id);
  const identity = form.getByRole("definition").filter({ hasText: agent.id });
  await expect(identity).toHaveText(agent.id);
  await expect(form.getByText(agent.agent_type, { exact: true })).toBeVisible();
  await expect(form.getByText("openai-proxy/scripted-model", { exact: true })).toBeVisible();
  await form.getByRole("button", { name: "Copy agent id" }).click();
  await expect(form.getByRole("button", { name: "Copy agent id" })).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(agent.id);
  await expect(form.getByRole("button", { name: "Copy model handle" })).toBeVisible();
});

test("name, description and tags saved from the settings show in the header", async ({ page, agent, letta }) => {
  const form = await openSettings(page, agent.id);
  const name = `${agent.name}-renamed`;
  await form.getByRole("textbox", { name: "Name" }).fill(name);
  await form.getByRole("textbox", { name: "Description" }).fill("Renamed in the settings panel");
  await form.getByRole("textbox", { name: "Tags" }).fill("settings, e2e");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("list", { name: "Agent tags" })).toContainText("settings");
  await expect(form.getByRole("status")).toHaveText("No unsaved changes");
  const saved = await letta.agents.retrieve(agent.id, { include: ["agent.tags"] });
  expect(saved.name).toBe(name);
  expect(saved.description).toBe("Renamed in the settings panel");
  expect([...saved.tags].sort()).toEqual(["e2e", "settings"]);
});

test("reasoning can be switched where the model supports it", async ({ page, letta }) => {
  const agent = await letta.agents.create({
    name: `e2e-settings-reasoning-${Date.now()}`,
    agent_type: "memgpt_v2_agent",
    model: "openai-proxy/scripted-model",
    embedding: "openai/text-embedding-3-small",
    memory_blocks: [{ label: "persona", value: "I reason." }],
  });
  try {
    const form = await openSettings(page, agent.id);
    const reasoning = form.getByRole("checkbox", { name: "Let the model reason before it answers" });
    const before = agent.llm_config.enable_reasoner ?? false;
    await expect(reasoning).toBeChecked({ checked: before });
    await reasoning.setChecked(!before);
    await expect(form.getByRole("group", { name: "Reasoning", exact: true }).getByText("Unsaved")).toBeVisible();
    await form.getByRole("button", { name: "Save settings" }).click();
    await expect(form.getByRole("status")).toHaveText("No unsaved changes");
    expect((await letta.agents.retrieve(agent.id)).llm_config.enable_reasoner).toBe(!before);
    await expect(reasoning).toBeChecked({ checked: !before });
  } finally {
    await letta.agents.delete(agent.id).catch(() => undefined);
  }
});

test("a letta_v1_agent on a model without native reasoning says so instead of offering a switch", async ({
  page,
  agent,
}) => {
  const form = await openSettings(page, agent.id);
  await expect(form.getByText(/this model does not reason for this agent type/)).toBeVisible();
  await expect(form.getByRole("checkbox", { name: "Let the model reason before it answers" })).toHaveCount(0);
});

test("the embedding model is chosen from the server's list and saved", async ({ page, agent, letta }) => {
  const form = await openSettings(page, agent.id);
  const embedding = form.getByRole("combobox", { name: "Embedding model" });
  await expect(embedding).toHaveValue("openai/text-embedding-3-small");
  await expect(embedding.getByRole("option", { name: "None" })).toHaveCount(0);
  await embedding.selectOption("openai/text-embedding-3-large");
  await expect(form.getByRole("status")).toHaveText("1 unsaved change");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByRole("status")).toHaveText("No unsaved changes");
  const saved = await letta.agents.retrieve(agent.id);
  expect(saved.embedding_config?.handle).toBe("openai/text-embedding-3-large");
  expect(saved.llm_config).toEqual(agent.llm_config);
});
