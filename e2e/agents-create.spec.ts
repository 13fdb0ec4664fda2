import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { agentIdFromUrl, runId } from "./agents-support";
import { scriptedEmbedding, scriptedModel } from "./test-stack";

const created: string[] = [];

test.afterEach(async ({ letta }) => {
  await Promise.all(created.splice(0).map((id) => letta.agents.delete(id).catch(() => undefined)));
});

async function submitAndTrack(page: Page) {
  await page.getByRole("button", { name: "Create agent" }).click();
  await expect(page).toHaveURL(/\/agents\/agent-[0-9a-f-]+$/);
  const id = agentIdFromUrl(page.url());
  created.push(id);
  return id;
}

const block = (page: Page, n: number) => page.getByRole("group", { name: `Block ${n}`, exact: true });

test("creates a research agent from its template and opens it", async ({ page, letta }) => {
  const name = `research-${runId()}`;
  await page.goto("/agents/new");
  await page.getByRole("button", { name: "Use template: Research agent" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("research-agent");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Model", { exact: true }).selectOption(scriptedModel);
  await page.getByLabel("Embedding model", { exact: true }).selectOption(scriptedEmbedding);
  const id = await submitAndTrack(page);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  const agent = await letta.agents.retrieve(id, { include: ["agent.blocks", "agent.tools", "agent.tags"] });
  expect(agent.name).toBe(name);
  expect(agent.agent_type).toBe("letta_v1_agent");
  expect(agent.model).toBe(scriptedModel);
  expect(agent.embedding).toBe(scriptedEmbedding);
  expect(agent.blocks.map((b) => b.label).sort()).toEqual(["human", "persona", "research_plan"]);
  const tools = agent.tools.map((tool) => tool.name);
  expect(tools).toEqual(expect.arrayContaining(["archival_memory_insert", "archival_memory_search", "memory_replace"]));
  expect(agent.tags).toEqual(["research"]);
  expect(agent.enable_sleeptime).toBeFalsy();
});

test("creates an agent with custom blocks, no base tools, tags and sleep-time", async ({ page, letta, agentPage }) => {
  const name = `custom-${runId()}`;
  await page.goto("/agents/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Description", { exact: true }).first().fill("Made by the e2e test.");
  await page.getByLabel("Model", { exact: true }).selectOption(scriptedModel);
  await page.getByLabel("Embedding model", { exact: true }).selectOption(scriptedEmbedding);
  await block(page, 2).getByRole("button", { name: "Remove block 2" }).click();
  await page.getByRole("button", { name: "Add memory block" }).click();
  const project = block(page, 2);
  await project.getByLabel("Label", { exact: true }).fill("project");
  await project.getByLabel("Value", { exact: true }).fill("The ADE for Letta.");
  await project.getByLabel("Limit", { exact: true }).fill("500");
  await project.getByLabel("Description", { exact: true }).fill("What we build.");
  await project.getByRole("checkbox", { name: /Read-only/ }).check();
  await page.getByRole("checkbox", { name: /Base tools/ }).uncheck();
  await page.getByRole("checkbox", { name: /Sleep-time memory/ }).check();
  await page.getByLabel("Tags", { exact: true }).fill("alpha, beta");
  const id = await submitAndTrack(page);

  const agent = await letta.agents.retrieve(id, {
    include: ["agent.blocks", "agent.tools", "agent.tags", "agent.managed_group"],
  });
  expect(agent.description).toBe("Made by the e2e test.");
  expect(agent.blocks.map((b) => b.label).sort()).toEqual(["persona", "project"]);
  const projectBlock = agent.blocks.find((b) => b.label === "project");
  expect(projectBlock).toMatchObject({
    value: "The ADE for Letta.",
    limit: 500,
    description: "What we build.",
    read_only: true,
  });
  expect(agent.tools.map((tool) => tool.name)).not.toContain("memory_replace");
  expect([...agent.tags].sort()).toEqual(["alpha", "beta"]);
  expect(agent.enable_sleeptime).toBe(true);
  expect(agent.managed_group?.manager_type).toBe("sleeptime");
  await agentPage.settings.open();
  await expect(agentPage.agentPane).toContainText("-sleeptime");
});

test("bad input gets inline messages and nothing reaches the server", async ({ page, letta }) => {
  const name = `invalid-${runId()}`;
  await page.goto("/agents/new");
  const submit = page.getByRole("button", { name: "Create agent" });

  await page.getByLabel("Model", { exact: true }).selectOption("");
  await submit.click();
  await expect(page.getByText("Give the agent a name.")).toBeVisible();
  await expect(page.getByText(/^Choose a model\./)).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Model", { exact: true }).selectOption(scriptedModel);
  await block(page, 1).getByLabel("Limit").fill("10");
  await block(page, 2).getByLabel("Label").fill("persona");
  await page.getByLabel("Embedding model", { exact: true }).selectOption("");
  await page.getByRole("checkbox", { name: /Sleep-time memory/ }).check();
  await submit.click();
  await expect(block(page, 1).getByText(/over the block's limit of 10/)).toBeVisible();
  await expect(
    block(page, 2).getByText('Block 1 already uses the label "persona": labels must be unique.'),
  ).toBeVisible();
  await expect(page.getByText("Sleep-time memory needs an embedding model.")).toBeVisible();
  await expect(page.getByText("Give the agent a name.")).toHaveCount(0);
  await expect(page.getByRole("alert").filter({ hasText: "need attention" })).toHaveText(
    "3 fields need attention: nothing was sent to the server.",
  );

  await expect(page).toHaveURL(/\/agents\/new$/);
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
  const onServer = (await letta.agents.list({ name })).getPaginatedItems();
  expect(onServer).toEqual([]);
});

test("a server refusal shows the server's reason and keeps the form", async ({ page, letta }) => {
  const name = `refused-${runId()}`;
  await page.goto("/agents/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Model", { exact: true }).selectOption({ label: "Another handle (type it)…" });
  await page.getByLabel("Model handle").fill("openai-proxy/no-such-model");
  await page.getByRole("button", { name: "Create agent" }).click();
  const panel = page.getByRole("alert").filter({ hasText: "The server did not create the agent" });
  await expect(panel).toContainText("Handle openai-proxy/no-such-model not found");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
  await expect(page.getByLabel("Model handle")).toHaveValue("openai-proxy/no-such-model");
  expect((await letta.agents.list({ name })).getPaginatedItems()).toEqual([]);
});
