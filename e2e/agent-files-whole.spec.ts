import type Letta from "@letta-ai/letta-client";
import { toFile } from "@letta-ai/letta-client";
import type { Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { expect, test as base } from "./fixtures";
import { createSleeptimeAgent, deleteWithSleeptime, openSleeptimePanel } from "./sleeptime-support";
import { scriptedEmbedding, scriptedModel } from "./test-stack";

/** Deletes the agents and folders a test made, whatever the test's outcome. */
const test = base.extend<{ cleanup: { agents: string[]; folders: string[] } }>({
  cleanup: async ({ letta }, use) => {
    const made = { agents: [] as string[], folders: [] as string[] };
    await use(made);
    for (const id of made.agents) await deleteWithSleeptime(letta, id);
    for (const id of made.folders) await letta.folders.delete(id).catch(() => undefined);
  },
});

const UNREACHABLE_ENDPOINT = "https://api.openai.com/v1";

async function exportDocument(letta: Letta, agentId: string): Promise<AgentFileDocument> {
  const exported: unknown = await letta.agents.exportFile(agentId, { scrub_messages: false });
  return (typeof exported === "string" ? JSON.parse(exported) : exported) as AgentFileDocument;
}

interface EmbeddingConfig {
  embedding_endpoint: string;
  handle: string;
}

interface AgentFileDocument {
  agents: Array<{ name: string; enable_sleeptime: boolean | null; embedding_config: EmbeddingConfig }>;
  groups: Array<{ manager_config: { manager_type: string } }>;
  sources: Array<{ name: string; embedding_config: EmbeddingConfig }>;
  files: Array<{ original_file_name: string }>;
}

async function importThroughPage(page: Page, filePath: string, name: string) {
  await page.goto("/agents");
  const region = page.getByRole("region", { name: "Import agent file" });
  await region.getByRole("button", { name: "Import agent file" }).click();
  await region.getByLabel("Choose agent file").setInputFiles(filePath);
  await region.getByRole("textbox", { name: "Agent name" }).fill(name);
  return region;
}

/** Reads the ids of the imported agents from the links the result shows. */
async function importedIds(page: Page, count: number): Promise<string[]> {
  const result = page
    .getByRole("region", { name: "Import agent file" })
    .getByRole("status")
    .filter({ hasText: "Imported" });
  await expect(result).toContainText(count === 1 ? "Imported 1 agent" : `Imported ${count} agents`, {
    timeout: 90_000,
  });
  const hrefs = await result
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.replace("/agents/", ""));
}

/** A block's value by label (Letta's retrieve-by-label route cannot take a label with a slash). */
async function blockValue(letta: Letta, agentId: string, label: string): Promise<string | undefined> {
  const blocks = (await letta.agents.blocks.list(agentId, { limit: 100 })).getPaginatedItems();
  return blocks.find((block) => block.label === label)?.value;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The times of `count` plain turns of the agent, in milliseconds. */
async function turnTimes(letta: Letta, agentId: string, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let turn = 0; turn < count; turn += 1) {
    const started = performance.now();
    await letta.agents.messages.create(
      agentId,
      { messages: [{ role: "user", content: `plain turn ${turn}` }] },
      { timeout: 60_000 },
    );
    times.push(performance.now() - started);
  }
  return times;
}

test("a block labelled notes/today is created, edited and saved; a label the server refuses says why at the field", async ({
  page,
  letta,
  agent,
  agentPage,
}) => {
  await page.goto(`/agents/${agent.id}`);
  await page.getByText("New block", { exact: true }).click();
  const form = page.getByRole("form", { name: "New block" });
  const label = form.getByRole("textbox", { name: "Label" });

  // Letta's rule has no dots: the form says so at the field and sends nothing.
  await label.fill("notes.today");
  await form.getByRole("button", { name: "Create and attach" }).click();
  await expect(label).toHaveAccessibleDescription(/letters a-z, digits, '_', '-' and '\/' only/);

  await label.fill("notes/today");
  await form.getByRole("textbox", { name: "Value" }).fill("Buy oolong.");
  await form.getByRole("button", { name: "Create and attach" }).click();
  const block = await agentPage.memory.block("notes/today");
  await expect(block.getByRole("textbox", { name: "Value" })).toHaveValue("Buy oolong.");
  await expect.poll(async () => await blockValue(letta, agent.id, "notes/today")).toBe("Buy oolong.");

  // The untouched label passes the editor's checks: Save saves.
  await block.getByRole("textbox", { name: "Value" }).fill("Buy oolong and sencha.");
  await block.getByRole("button", { name: "Save", exact: true }).click();
  await expect(block.getByText("unsaved draft")).toBeHidden();
  await expect.poll(async () => await blockValue(letta, agent.id, "notes/today")).toBe("Buy oolong and sencha.");

  // A label the agent already has, attached behind the page's back: the refusal shows at the label field.
  const taken = await letta.blocks.create({ label: "notes/taken", value: "from the SDK" });
  await letta.agents.blocks.attach(taken.id, { agent_id: agent.id });
  await form.getByRole("textbox", { name: "Label" }).fill("notes/taken");
  await form.getByRole("button", { name: "Create and attach" }).click();
  await expect(form.getByRole("textbox", { name: "Label" })).toHaveAccessibleDescription(
    /already has a block labelled "notes\/taken"/,
  );
  const labels = (await letta.agents.blocks.list(agent.id)).getPaginatedItems().map((entry) => entry.label);
  expect(labels.sort()).toEqual(["human", "notes/taken", "notes/today", "persona"]);
  await letta.blocks.delete(taken.id).catch(() => undefined);
});

test("an agent file with a sleep-time group imports with sleep-time on, and a turn runs the sleep-time agent", async ({
  page,
  letta,
  cleanup,
}, testInfo) => {
  const original = await createSleeptimeAgent(letta, "e2e-st-source");
  cleanup.agents.push(original.id);
  const document = await exportDocument(letta, original.id);
  // What Letta 0.16.8 writes: the group is there, sleep-time is off.
  expect(document.groups.map((group) => group.manager_config.manager_type)).toEqual(["sleeptime"]);
  expect(document.agents.map((agent) => agent.enable_sleeptime)).not.toContain(true);
  const filePath = testInfo.outputPath("sleeptime.af");
  await writeFile(filePath, JSON.stringify(document));

  const name = `e2e-st-import-${randomUUID().slice(0, 8)}`;
  const region = await importThroughPage(page, filePath, name);
  const option = region.getByRole("checkbox", { name: /Switch sleep-time on/ });
  await expect(option).toBeChecked();
  await region.getByRole("button", { name: "Import", exact: true }).click();
  const ids = await importedIds(page, 2);
  cleanup.agents.push(...ids);
  const [mainId, sleeptimeId] = ids;
  if (!mainId || !sleeptimeId) throw new Error("two agents expected");

  const report = region.getByRole("table", { name: "Import report" });
  await expect(report.getByRole("row", { name: /sleep-time sleep-time OK/ })).toBeVisible();
  const main = await letta.agents.retrieve(mainId, { include: ["agent.managed_group"] });
  expect(main.enable_sleeptime).toBe(true);
  expect(main.managed_group?.agent_ids).toEqual([sleeptimeId]);
  expect((await letta.agents.retrieve(sleeptimeId)).name).toBe(`${name}-sleeptime`);

  await letta.agents.messages.create(
    mainId,
    { messages: [{ role: "user", content: "my favourite tea is oolong" }] },
    { timeout: 60_000 },
  );
  await expect
    .poll(async () => (await letta.runs.list({ agent_id: sleeptimeId })).getPaginatedItems().map((run) => run.status), {
      timeout: 45_000,
    })
    .toContain("completed");
  const panel = await openSleeptimePanel(page, mainId);
  await expect(panel.getByRole("switch", { name: /Sleep-time agent/ })).toBeChecked();
  const run = panel.getByRole("list", { name: "Sleep-time runs" }).getByRole("listitem", { name: /^Sleep-time run / });
  await expect(run.first()).toContainText("completed", { timeout: 30_000 });
  await expect(run.first()).toContainText("Sleep-time note: my favourite tea is oolong");
});

test("a folder whose embedding endpoint cannot be reached imports with the server's embedding, and turns stay fast", async ({
  page,
  letta,
  agent,
  cleanup,
}, testInfo) => {
  test.setTimeout(300_000);
  // A folder with one processed document, attached to an agent, exported.
  const folderName = `e2e-docs-${randomUUID().slice(0, 8)}`;
  const folder = await letta.folders.create({ name: folderName, embedding: scriptedEmbedding });
  cleanup.folders.push(folder.id);
  const text = "Oolong is a partly oxidised tea.\nSencha is a steamed green tea.\n";
  await letta.folders.files.upload(folder.id, { file: await toFile(Buffer.from(text), "teas.txt") });
  await expect
    .poll(async () => (await letta.folders.files.list(folder.id)).getPaginatedItems()[0]?.processing_status, {
      timeout: 60_000,
    })
    .toBe("completed");
  const reader = await letta.agents.create({
    name: `e2e-reader-${randomUUID().slice(0, 8)}`,
    model: scriptedModel,
    embedding: scriptedEmbedding,
    memory_blocks: [{ label: "human", value: "The user reads about tea." }],
  });
  cleanup.agents.push(reader.id);
  await letta.agents.folders.attach(folder.id, { agent_id: reader.id });
  const document = await exportDocument(letta, reader.id);
  expect(document.sources.map((source) => source.name)).toEqual([folderName]);
  expect(document.files.map((file) => file.original_file_name)).toEqual(["teas.txt"]);
  // As in published files: the embedding names its provider's endpoint, which this server does not offer.
  for (const entry of [...document.sources, ...document.agents])
    entry.embedding_config.embedding_endpoint = UNREACHABLE_ENDPOINT;
  const filePath = testInfo.outputPath("folder.af");
  await writeFile(filePath, JSON.stringify(document));
  // The folder's name is taken until the source is gone; the import would add a suffix.
  await letta.agents.delete(reader.id);
  await letta.folders.delete(folder.id);

  const before = await turnTimes(letta, agent.id, 5);

  const name = `e2e-folder-import-${randomUUID().slice(0, 8)}`;
  const region = await importThroughPage(page, filePath, name);
  await expect(region.getByRole("note", { name: "Embedding endpoint" })).toContainText(
    `The file embeds through ${UNREACHABLE_ENDPOINT}, which this server does not offer`,
  );
  await expect(region.getByRole("combobox", { name: "Embedding" })).toHaveValue(scriptedEmbedding);
  await region.getByRole("button", { name: "Import", exact: true }).click();
  const [importedId] = await importedIds(page, 1);
  if (!importedId) throw new Error("no agent imported");
  cleanup.agents.push(importedId);

  const report = region.getByRole("table", { name: "Import report" });
  await expect(report.getByRole("row", { name: new RegExp(`folder ${folderName} OK`) })).toBeVisible();
  await expect(report.getByRole("row", { name: /file teas\.txt OK Processed/ })).toBeVisible({ timeout: 60_000 });

  const folders = (await letta.agents.folders.list(importedId)).getPaginatedItems();
  cleanup.folders.push(...folders.map((entry) => entry.id));
  const serverEmbedding = (await letta.models.embeddings.list()).find((entry) => entry.handle === scriptedEmbedding);
  expect(folders.map((entry) => entry.embedding_config.embedding_endpoint)).toEqual([
    serverEmbedding?.embedding_endpoint,
  ]);
  const files = (await letta.folders.files.list(folders[0]?.id ?? "")).getPaginatedItems();
  expect(files.map((file) => [file.original_file_name, file.processing_status])).toEqual([["teas.txt", "completed"]]);
  expect((await letta.agents.retrieve(importedId)).embedding_config?.embedding_endpoint).toBe(
    serverEmbedding?.embedding_endpoint,
  );

  const after = await turnTimes(letta, agent.id, 5);
  const ratio = median(after) / median(before);
  testInfo.annotations.push({
    type: "turn time",
    description: `median before ${median(before).toFixed(0)} ms, after ${median(after).toFixed(0)} ms (x${ratio.toFixed(2)}); before ${before.map((t) => t.toFixed(0)).join(", ")}; after ${after.map((t) => t.toFixed(0)).join(", ")}`,
  });
  console.log(`turn time: ${testInfo.annotations.at(-1)?.description}`);
  expect(ratio).toBeLessThan(2);
});
