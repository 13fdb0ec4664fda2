import type Letta from "@letta-ai/letta-client";
import type { Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect, test as base } from "./fixtures";
import { scriptedEmbedding, scriptedModel } from "./test-stack";

const fixtures = path.join(import.meta.dirname, "fixtures", "agent-files");
const MAX_BYTES = 10 * 1024 * 1024;

/** Deletes the agents (and their groups) a test imported, whatever the test's outcome. */
const test = base.extend<{ imported: string[] }>({
  imported: async ({ letta }, use) => {
    const ids: string[] = [];
    await use(ids);
    for (const id of ids) {
      const agent = await letta.agents.retrieve(id, { include: ["agent.managed_group"] }).catch(() => undefined);
      if (agent?.managed_group) await letta.delete(`/v1/groups/${agent.managed_group.id}`).catch(() => undefined);
      await letta.agents.delete(id).catch(() => undefined);
    }
  },
});

interface PublishedFile {
  agents: Array<{ block_ids: string[]; tool_ids: string[]; tool_rules?: unknown[] }>;
  tools: Array<{ id: string; name: string }>;
  blocks: Array<{ id: string; label: string }>;
  skills?: unknown[];
}

async function agentCount(letta: Letta): Promise<number> {
  return letta.get<number>("/v1/agents/count");
}

interface ExportedFile {
  agents: Array<{ name: string; block_ids: string[]; messages: unknown[]; in_context_message_ids: string[] }>;
  blocks: Array<{ id: string; label: string; value: string }>;
  tools: Array<{ name: string }>;
}

async function exportThroughPage(page: Page, includeMessages: boolean) {
  const checkbox = page.getByRole("checkbox", { name: "Include messages in the export" });
  await checkbox.setChecked(includeMessages);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export agent file" }).click();
  const download = await downloading;
  const filePath = await download.path();
  const text = await readFile(filePath, "utf8");
  return { fileName: download.suggestedFilename(), filePath, file: JSON.parse(text) as ExportedFile };
}

async function openImport(page: Page) {
  await page.goto("/agents");
  const region = page.getByRole("region", { name: "Import agent file" });
  await region.getByRole("button", { name: "Import agent file" }).click();
  return region;
}

/** Reads the ids of the imported agents from the links the result shows. */
async function importedIds(page: Page, count: number): Promise<string[]> {
  const result = page.getByRole("region", { name: "Import agent file" }).getByRole("status");
  await expect(result).toContainText(count === 1 ? "Imported 1 agent" : `Imported ${count} agents`, {
    timeout: 60_000,
  });
  const hrefs = await result
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.replace("/agents/", ""));
}

async function blocksAndTools(letta: Letta, agentId: string) {
  const agent = await letta.agents.retrieve(agentId, { include: ["agent.blocks", "agent.tools"] });
  return {
    agent,
    blocks: agent.blocks
      .map((block) => ({ label: block.label, value: block.value }))
      .sort((a, b) => (a.label ?? "").localeCompare(b.label ?? "")),
    tools: agent.tools.map((tool) => tool.name).sort(),
  };
}

test("export downloads the agent file with its blocks, and without messages when asked", async ({ page, agent }) => {
  await page.goto(`/agents/${agent.id}`);

  const full = await exportThroughPage(page, true);
  expect(full.fileName).toBe(`${agent.name}.af`);
  expect(full.file.agents[0]?.name).toBe(agent.name);
  expect(full.file.agents[0]?.messages.length).toBeGreaterThan(0);
  const blocks = full.file.agents[0]?.block_ids.map((id) => full.file.blocks.find((block) => block.id === id));
  expect(blocks?.map((block) => [block?.label, block?.value]).sort()).toEqual([
    ["human", "The user runs end-to-end tests."],
    ["persona", "I am a test agent."],
  ]);

  const bare = await exportThroughPage(page, false);
  expect(bare.file.agents[0]?.messages).toEqual([]);
  expect(bare.file.agents[0]?.in_context_message_ids).toEqual([]);
  expect(bare.file.blocks).toHaveLength(2);
});

test("an exported file imports as an agent with the same blocks and tools, and it answers", async ({
  page,
  agent,
  letta,
  imported,
}) => {
  // On a long-running test stack an agent's first turn has taken a minute, whatever the agent.
  test.setTimeout(180_000);
  await page.goto(`/agents/${agent.id}`);
  // Without messages: the file Letta itself would import as an agent that cannot run.
  const exported = await exportThroughPage(page, false);

  const region = await openImport(page);
  await region.getByLabel("Choose agent file").setInputFiles(exported.filePath);
  await expect(region.getByRole("group", { name: "Agent file contents" })).toContainText(agent.name);
  await expect(region.getByRole("combobox", { name: "Model" })).toHaveValue("");
  const name = `e2e-reimport-${randomUUID().slice(0, 8)}`;
  await region.getByRole("textbox", { name: "Agent name" }).fill(name);
  await region.getByRole("button", { name: "Import", exact: true }).click();
  const [id] = await importedIds(page, 1);
  if (!id) throw new Error("no agent imported");
  imported.push(id);
  await expect(region.getByRole("link", { name })).toHaveAttribute("href", `/agents/${id}`);

  const original = await blocksAndTools(letta, agent.id);
  const copy = await blocksAndTools(letta, id);
  expect(copy.agent.name).toBe(name);
  expect(copy.blocks).toEqual(original.blocks);
  expect(copy.tools).toEqual(original.tools);
  expect(copy.agent.llm_config.handle).toBe(scriptedModel);

  // Letta alone would give an agent without in-context messages, which fails its first turn.
  const reply = await letta.agents.messages.create(
    id,
    { messages: [{ role: "user", content: "hello" }] },
    { maxRetries: 0, timeout: 150_000 },
  );
  expect(reply.messages.some((message) => message.message_type === "assistant_message")).toBe(true);
});

const publishedFiles = [
  { file: "deep_research_agent.af", agents: 1, model: "anthropic/claude-sonnet-4-5-20250929" },
  { file: "memgpt_agent_with_convo.af", agents: 1, model: "openai/gpt-4o-mini" },
  { file: "evie.af", agents: 2, model: "anthropic/claude-opus-4-5-20251101" },
  { file: "lettabot.af", agents: 1, model: "zai/glm-5" },
];

for (const fixture of publishedFiles) {
  test(`the published file ${fixture.file} imports onto the server's model`, async ({ page, letta, imported }) => {
    const region = await openImport(page);
    const filePath = path.join(fixtures, fixture.file);
    if (fixture.file === "lettabot.af") {
      // Drag and drop instead of the picker.
      const buffer = await readFile(filePath);
      const dataTransfer = await page.evaluateHandle(
        ({ bytes, name }) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([new Uint8Array(bytes)], name, { type: "application/json" }));
          return transfer;
        },
        { bytes: [...buffer], name: fixture.file },
      );
      await region.getByRole("group", { name: "Agent file drop zone" }).dispatchEvent("drop", { dataTransfer });
    } else {
      await region.getByLabel("Choose agent file").setInputFiles(filePath);
    }

    await expect(region.getByText(`This server does not offer ${fixture.model}`)).toBeVisible();
    const model = region.getByRole("combobox", { name: "Model" });
    await expect(model).not.toHaveValue("");
    await model.selectOption(scriptedModel);
    // Published files embed through https://api.openai.com/v1, which the test server does not offer.
    await expect(region.getByRole("note", { name: "Embedding endpoint" })).toContainText("https://api.openai.com/v1");
    await expect(region.getByRole("combobox", { name: "Embedding" })).toHaveValue(scriptedEmbedding);
    const name = `e2e-${fixture.file.replace(/\W+/g, "-")}-${randomUUID().slice(0, 8)}`;
    await region.getByRole("textbox", { name: "Agent name" }).fill(name);
    await region.getByRole("button", { name: "Import", exact: true }).click();

    const ids = await importedIds(page, fixture.agents);
    imported.push(...ids);
    const source = JSON.parse(await readFile(filePath, "utf8")) as ExportedFile;
    const full = JSON.parse(await readFile(filePath, "utf8")) as PublishedFile;
    for (const [index, id] of ids.entries()) {
      const { agent } = await blocksAndTools(letta, id);
      expect(agent.llm_config.handle).toBe(scriptedModel);
      expect(agent.embedding_config?.handle).toBe(scriptedEmbedding);
      expect(agent.blocks).toHaveLength(source.agents[index]?.block_ids.length ?? -1);
    }
    const [main, sleeptime] = ids;
    if (!main) throw new Error("no agent imported");
    const mainAgent = await letta.agents.retrieve(main, { include: ["agent.managed_group"] });
    expect(mainAgent.name).toBe(name);
    if (fixture.agents === 2) {
      expect(mainAgent.managed_group?.manager_type).toBe("sleeptime");
      expect(mainAgent.managed_group?.agent_ids).toContain(sleeptime);
      expect(mainAgent.enable_sleeptime).toBe(true);
      if (sleeptime) expect((await letta.agents.retrieve(sleeptime)).name).toBe(`${name}-sleeptime`);
    }

    // The report lists every part of the file with its status.
    const report = region.getByRole("table", { name: "Import report" });
    await expect(report).toBeVisible({ timeout: 30_000 });
    const rows = report.getByRole("row");
    const serverNames = await Promise.all(ids.map(async (id) => (await letta.agents.retrieve(id)).name));
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    let expectedRows = 1; // the header
    for (const [index, fileAgent] of full.agents.entries()) {
      const agentName = escape(serverNames[index] ?? "");
      await expect(report.getByRole("row", { name: new RegExp(`^${agentName} agent ${agentName} OK`) })).toHaveCount(1);
      for (const blockId of fileAgent.block_ids) {
        const label = full.blocks.find((block) => block.id === blockId)?.label ?? "";
        await expect(
          report.getByRole("row", { name: new RegExp(`^${agentName} block ${escape(label)} OK`) }),
        ).toHaveCount(1);
      }
      for (const toolId of fileAgent.tool_ids) {
        const tool = full.tools.find((entry) => entry.id === toolId)?.name ?? "";
        await expect(
          report.getByRole("row", { name: new RegExp(`^${agentName} tool ${escape(tool)} OK`) }),
        ).toHaveCount(1);
      }
      await expect(report.getByRole("row", { name: new RegExp(`^${agentName} tool rule .* OK`) })).toHaveCount(
        fileAgent.tool_rules?.length ?? 0,
      );
      await expect(
        report.getByRole("row", { name: new RegExp(`^${agentName} messages in-context messages OK`) }),
      ).toHaveCount(1);
      expectedRows += 2 + fileAgent.block_ids.length + fileAgent.tool_ids.length + (fileAgent.tool_rules?.length ?? 0);
    }
    if (fixture.agents === 2) {
      await expect(report.getByRole("row", { name: /group sleeptime group OK/ })).toHaveCount(1);
      await expect(report.getByRole("row", { name: /sleep-time sleep-time OK/ })).toHaveCount(1);
      expectedRows += 2;
    }
    const skills = full.skills?.length ?? 0;
    await expect(
      report.getByRole("row", { name: /skill .* Missing Letta 0\.16\.8 does not import skills/ }),
    ).toHaveCount(skills);
    await expect(rows).toHaveCount(expectedRows + skills);
    await expect(report.getByRole("row", { name: / (Different|Failed|Processing…) / })).toHaveCount(0);
  });
}

test("a file encoded twice as a JSON string is decoded and imports", async ({ page, letta, imported }) => {
  const text = await readFile(path.join(fixtures, "memgpt_agent_with_convo.af"), "utf8");
  const region = await openImport(page);
  await region
    .getByLabel("Choose agent file")
    .setInputFiles({ name: "twice.af", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(text)) });
  await expect(region.getByText("encoded twice")).toBeVisible();
  await region.getByRole("combobox", { name: "Model" }).selectOption(scriptedModel);

  // Hold the upload at the ADE's door to see the progress it shows meanwhile.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/agent-files/import?**", async (route) => {
    await held;
    await route.continue();
  });
  await region.getByRole("button", { name: "Import", exact: true }).click();
  await expect(region.getByRole("progressbar", { name: "Upload progress" })).toBeVisible();
  await expect(region.getByRole("button", { name: "Importing…" })).toBeDisabled();
  release();
  imported.push(...(await importedIds(page, 1)));
  await expect(region.getByRole("progressbar", { name: "Upload progress" })).toHaveCount(0);
  const agent = await letta.agents.retrieve(imported[0] ?? "");
  expect(agent.name).toBe("memgpt_agent");
});

const badFiles = [
  { label: "an empty file", body: "", message: "The file is empty." },
  { label: "invalid JSON", body: '{"agents": [', message: "The file is not valid JSON" },
  {
    label: "a JSON string that is no agent file",
    body: JSON.stringify("not an agent file"),
    message: "The file holds a JSON string, and that string is not an agent file.",
  },
  {
    label: "JSON of another shape",
    body: JSON.stringify({ name: "agent", memory: {} }),
    message: 'it has no "agents" list',
  },
  {
    label: "an agent file with a malformed agent",
    body: JSON.stringify({ agents: [{ id: "x" }], groups: [], blocks: [], files: [], sources: [], tools: [] }),
    message: 'agents.0.id: must look like "agent-0"; mcp_servers',
  },
  {
    label: "an agent file with a broken reference",
    body: JSON.stringify({
      agents: [{ id: "agent-0", block_ids: ["block-9"] }],
      groups: [],
      blocks: [],
      files: [],
      sources: [],
      tools: [],
      mcp_servers: [],
    }),
    message: "agent agent-0 refers to block-9, which is not in the file",
  },
];

test("malformed files get a clear message in the browser and create nothing", async ({ page, letta }) => {
  const before = await agentCount(letta);
  const region = await openImport(page);
  for (const bad of badFiles) {
    await region
      .getByLabel("Choose agent file")
      .setInputFiles({ name: "bad.af", mimeType: "application/json", buffer: Buffer.from(bad.body) });
    await expect(region.getByRole("alert"), bad.label).toContainText(bad.message);
    await expect(region.getByRole("button", { name: "Import", exact: true })).toHaveCount(0);
  }
  await region.getByLabel("Choose agent file").setInputFiles({
    name: "huge.af",
    mimeType: "application/json",
    buffer: Buffer.alloc(MAX_BYTES + 1024 * 1024, " "),
  });
  await expect(region.getByRole("alert")).toContainText("The file is 11.0 MB; agent files can be at most 10.0 MB.");
  expect(await agentCount(letta)).toBe(before);
});

test("the import route refuses the same files itself and creates nothing", async ({ request, letta }) => {
  const before = await agentCount(letta);
  for (const bad of badFiles) {
    const response = await request.post("/api/agent-files/import", {
      data: Buffer.from(bad.body),
      headers: { "Content-Type": "application/json" },
    });
    expect(response.status(), bad.label).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message, bad.label).toContain(bad.message);
  }
  const huge = await request.post("/api/agent-files/import", {
    data: Buffer.alloc(MAX_BYTES + 1024 * 1024, " "),
    headers: { "Content-Type": "application/json" },
  });
  expect(huge.status()).toBe(400);
  expect(((await huge.json()) as { error: { message: string } }).error.message).toContain(
    "agent files can be at most 10.0 MB",
  );
  const fine = await readFile(path.join(fixtures, "memgpt_agent_with_convo.af"));
  const badName = await request.post("/api/agent-files/import?name=a%2Fb", {
    data: fine,
    headers: { "Content-Type": "application/json" },
  });
  expect(badName.status()).toBe(400);
  expect(((await badName.json()) as { error: { message: string } }).error.message).toContain(
    'Letta does not accept "a/b" as an agent name',
  );
  expect(await agentCount(letta)).toBe(before);
});

test("clone makes a separate agent with copies of the blocks and the same tools", async ({
  page,
  agent,
  letta,
  imported,
}) => {
  await page.goto(`/agents/${agent.id}`);
  await page.getByRole("button", { name: "Clone agent" }).click();
  const form = page.getByRole("form", { name: "Clone agent" });
  const nameInput = form.getByRole("textbox", { name: "Name of the copy" });
  await expect(nameInput).toHaveValue(`Copy of ${agent.name}`);
  await nameInput.fill("Copy (2)");
  await expect(form.getByText('Letta does not accept "Copy (2)" as an agent name.')).toBeVisible();
  await expect(form.getByRole("button", { name: "Create copy" })).toBeDisabled();
  const name = `Copy of ${agent.name} e2e`;
  await nameInput.fill(name);
  await form.getByRole("button", { name: "Create copy" }).click();
  const result = form.getByRole("status");
  await expect(result).toContainText("Created 1 agent");
  const link = result.getByRole("link", { name });
  const id = ((await link.getAttribute("href")) ?? "").replace("/agents/", "");
  imported.push(id);
  expect(id).not.toBe(agent.id);

  const original = await blocksAndTools(letta, agent.id);
  const copy = await blocksAndTools(letta, id);
  expect(copy.agent.name).toBe(name);
  expect(copy.blocks).toEqual(original.blocks);
  expect(copy.tools).toEqual(original.tools);
  const originalBlockIds = new Set(original.agent.blocks.map((block) => block.id));
  expect(copy.agent.blocks.some((block) => originalBlockIds.has(block.id))).toBe(false);

  await letta.agents.blocks.update("persona", { agent_id: id, value: "I am the copy." });
  const originalPersona = await letta.agents.blocks.retrieve("persona", { agent_id: agent.id });
  expect(originalPersona.value).toBe("I am a test agent.");

  await link.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
});
