import type Letta from "@letta-ai/letta-client";
import type { Locator, Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { expect, test as base } from "./fixtures";
import { e2eSecrets, scriptedModel, testStack } from "./test-stack";
import { ChatPane } from "./pages/chat-pane";

// Letta lists the provider's models while adding it, and a turn goes through the scripted model server.
base.describe.configure({ timeout: 120_000 });

/** The scripted model server, as a second provider: its models are `<alias>-scripted-model…` under /as/<alias>/. */
const modelServer = (alias: string) => `http://127.0.0.1:${testStack.modelPort}/as/${alias}/v1`;

interface StoredProvider {
  id: string;
  name: string;
  base_url: string | null;
}

async function storedProviders(letta: Letta): Promise<StoredProvider[]> {
  return letta.get<StoredProvider[]>("/v1/providers/");
}

/** The Models page, as a person uses it. */
class ModelsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/models");
    await expect(this.page.getByRole("heading", { name: "Providers" })).toBeVisible();
  }

  get addForm(): Locator {
    return this.page.getByRole("form", { name: "Add a provider" });
  }

  async fillProvider(values: { name: string; key: string; baseUrl: string }) {
    if (!(await this.addForm.isVisible())) await this.page.getByRole("button", { name: "Add a provider" }).click();
    const form = this.addForm;
    await form.getByRole("combobox", { name: "Type" }).selectOption("openai");
    await form.getByRole("textbox", { name: "Name", exact: true }).fill(values.name);
    await form.getByRole("textbox", { name: "Base URL (optional)" }).fill(values.baseUrl);
    await form.getByLabel("API key").fill(values.key);
    await form.getByRole("button", { name: "Check and add provider" }).click();
  }

  /** What the page says after a change. */
  get message(): Locator {
    return this.page.getByRole("region", { name: "Providers", exact: true }).getByRole("status");
  }

  provider(name: string): Locator {
    return this.page.getByRole("list", { name: "Providers added at run time" }).getByRole("listitem", { name });
  }

  modelRow(handle: string): Locator {
    return this.page
      .getByRole("region", { name: "Chat models" })
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell", { name: handle, exact: true }) });
  }
}

const test = base.extend<{ models: ModelsPage; cleanup: { providers: string[] } }>({
  models: async ({ page }, use) => {
    await use(new ModelsPage(page));
  },
  // Providers a test added by name, deleted afterwards if the test did not delete them itself.
  cleanup: async ({ letta }, use) => {
    const state = { providers: [] as string[] };
    await use(state);
    for (const provider of await storedProviders(letta)) {
      if (state.providers.includes(provider.name))
        await letta.delete(`/v1/providers/${provider.id}`).catch(() => undefined);
    }
  },
});

test("a model server added at run time: its models are listed and offered to agents, one answers, and deleting it flags the agent", async ({
  page,
  letta,
  agent,
  models,
  cleanup,
}) => {
  const alias = `e2e${randomUUID().slice(0, 6)}`;
  const name = `e2e-local-${alias}`;
  const handle = `openai-proxy/${alias}-scripted-model`;
  cleanup.providers.push(name);

  await models.open();
  await expect(models.modelRow(handle)).toHaveCount(0);
  await models.fillProvider({ name, key: e2eSecrets.providerKey, baseUrl: modelServer(alias) });
  await expect(models.message).toContainText(`Added ${name}`);

  // The server holds it, with the key (which the page only reports as set).
  const [stored] = (await storedProviders(letta)).filter((provider) => provider.name === name);
  expect(stored?.base_url).toBe(modelServer(alias));
  const item = models.provider(name);
  await expect(item).toContainText("Key: set");
  await expect(item).toContainText("2 chat models");

  // Its models are listed with their provider and context window, without restarting anything.
  const row = models.modelRow(handle);
  await expect(row).toContainText(name);
  await expect(row).toContainText("30,000");
  await page.getByRole("combobox", { name: "Filter by provider" }).selectOption(name);
  const chatModels = page.getByRole("region", { name: "Chat models" });
  await expect(chatModels.getByRole("row")).toHaveCount(3);
  await expect(models.modelRow(`${handle}-2`)).toBeVisible();
  await expect(models.modelRow(scriptedModel)).toHaveCount(0);
  await expect(
    page
      .getByRole("region", { name: "Embedding models" })
      .getByRole("cell", { name: `${name}/text-embedding-3-small` }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Embedding models" }).getByRole("row")).toHaveCount(4);

  // The agent's model picker offers it; the agent switched to it answers through it.
  await page.goto(`/agents/${agent.id}`);
  await page.getByRole("tab", { name: "Settings" }).click();
  const settings = page.getByRole("form", { name: "Agent settings" });
  await settings.getByRole("combobox", { name: "Model", exact: true }).selectOption(handle);
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings.getByRole("status")).toHaveText("No unsaved changes");
  const switched = await letta.agents.retrieve(agent.id);
  expect(switched.llm_config.handle).toBe(handle);
  expect(switched.llm_config.provider_name).toBe(name);

  await new ChatPane(page).send("hello from the new provider");
  const conversation = new ChatPane(page).log;
  await expect(conversation.getByRole("article", { name: "Agent reply" }).last()).toHaveText(
    /You said: hello from the new provider/,
    { timeout: 45_000 },
  );
  const served = (await (await fetch(`http://127.0.0.1:${testStack.modelPort}/debug/requests`)).json()) as {
    data: Array<{ body: { model?: string } }>;
  };
  expect(served.data.some((request) => request.body.model === `${alias}-scripted-model`)).toBe(true);
  await expect(page.getByRole("alert", { name: "Model no longer offered" })).toHaveCount(0);

  // Deleting the provider names the agent that uses it, then flags the agent here and on its page.
  await models.open();
  await expect(models.modelRow(handle)).toContainText(agent.name);
  await models
    .provider(name)
    .getByRole("button", { name: `Delete ${name}` })
    .click();
  const question = models.provider(name).getByRole("group");
  await expect(question).toContainText(`This agent uses its models and will be flagged: ${agent.name}`);
  await question.getByRole("button", { name: `Yes, delete ${name}` }).click();
  await expect(models.message).toHaveText(`Deleted ${name}.`);
  await expect.poll(async () => (await storedProviders(letta)).some((provider) => provider.name === name)).toBe(false);
  await expect(models.modelRow(handle)).toHaveCount(0);
  const flagged = page.getByRole("region", { name: "Models no longer offered" });
  await expect(flagged).toContainText(handle);
  await expect(flagged.getByRole("listitem", { name: `Agent ${agent.name}` })).toBeVisible();

  await page.goto(`/agents/${agent.id}`);
  const banner = page.getByRole("alert", { name: "Model no longer offered" });
  await expect(banner).toContainText(handle);
  await expect(banner).toContainText(`from provider ${name}`);
  await banner.getByRole("combobox", { name: `New model for ${agent.name}` }).selectOption(scriptedModel);
  await banner.getByRole("button", { name: `Switch ${agent.name} to this model` }).click();
  await expect(banner).toBeHidden();
  await expect.poll(async () => (await letta.agents.retrieve(agent.id)).llm_config.handle).toBe(scriptedModel);
});

test("a wrong key or an unreachable endpoint is refused by the server's check, and nothing is saved", async ({
  page,
  letta,
  models,
  cleanup,
}) => {
  const alias = `e2e${randomUUID().slice(0, 6)}`;
  const name = `e2e-refused-${alias}`;
  cleanup.providers.push(name);
  await models.open();

  await models.fillProvider({ name, key: e2eSecrets.providerWrongKey, baseUrl: modelServer(alias) });
  const error = models.addForm.getByRole("alert");
  await expect(error).toContainText("The server's check failed");
  await expect(error).toContainText("Incorrect API key provided");
  await expect(error).toContainText(`Nothing was saved. The server tried ${modelServer(alias)}/models`);

  // Nothing listens on the model port + 90 in the test stack's range.
  const unreachable = `http://127.0.0.1:${testStack.modelPort + 90}/v1`;
  await models.fillProvider({ name, key: e2eSecrets.providerKey, baseUrl: unreachable });
  await expect(error).toContainText("Connection error");
  await expect(error).toContainText(`The server tried ${unreachable}/models`);

  expect((await storedProviders(letta)).some((provider) => provider.name === name)).toBe(false);
  await page.reload();
  await expect(models.provider(name)).toHaveCount(0);
});

test("a provider's key is replaced write-only after a check, and refresh fetches its models again", async ({
  letta,
  models,
  cleanup,
}) => {
  const alias = `e2e${randomUUID().slice(0, 6)}`;
  const name = `e2e-rekey-${alias}`;
  cleanup.providers.push(name);
  await letta.post("/v1/providers/", {
    body: { name, provider_type: "openai", api_key: e2eSecrets.providerKey, base_url: modelServer(alias) },
  });
  await models.open();
  const item = models.provider(name);
  await expect(item).toContainText("2 chat models");

  // The form never shows the stored key; a wrong new one is refused and the old one kept.
  await item.getByRole("button", { name: `Change the key of ${name}` }).click();
  const form = item.getByRole("form", { name: `Change the key of ${name}` });
  await expect(form.getByLabel("New API key")).toHaveValue("");
  await form.getByLabel("New API key").fill(e2eSecrets.providerWrongKey);
  await form.getByRole("button", { name: "Check and save key" }).click();
  await expect(form.getByRole("alert")).toContainText("Incorrect API key provided");
  const keyOf = async () => {
    const [stored] = (await letta.get<Array<{ name: string; api_key_enc: string | null }>>("/v1/providers/")).filter(
      (provider) => provider.name === name,
    );
    return stored?.api_key_enc;
  };
  expect(await keyOf()).toBe(e2eSecrets.providerKey);

  await form.getByLabel("New API key").fill(e2eSecrets.providerKeyChanged);
  await form.getByRole("button", { name: "Check and save key" }).click();
  await expect(models.message).toContainText(`New key saved for ${name}`);
  await expect.poll(keyOf).toBe(e2eSecrets.providerKeyChanged);

  await item.getByRole("button", { name: `Refresh the models of ${name}` }).click();
  await expect(models.message).toHaveText(`Fetched the models of ${name} again.`);
  await expect(item).toContainText("2 chat models");
});

test("a provider without models says what the server's last check found and which endpoint it tried", async ({
  letta,
  models,
  cleanup,
}) => {
  const alias = `e2e${randomUUID().slice(0, 6)}`;
  const name = `e2e-nomodels-${alias}`;
  cleanup.providers.push(name);
  // Saved without the ADE's check (through the API, as a key revoked later would be): Letta keeps it, with no models.
  await letta.post("/v1/providers/", {
    body: { name, provider_type: "openai", api_key: e2eSecrets.providerWrongKey, base_url: modelServer(alias) },
  });
  await models.open();
  const item = models.provider(name);
  await expect(item).toContainText("0 chat models");
  await expect(item).toContainText("No models from this provider.");
  await expect(item).toContainText("Not checked from the ADE yet");

  await item.getByRole("button", { name: `Check ${name}` }).click();
  const check = item.getByLabel("Last check");
  await expect(check).toContainText("failed");
  await expect(check).toContainText("Incorrect API key provided");
  await expect(check).toContainText(`Endpoint tried: ${modelServer(alias)}/models`);

  await item.getByRole("button", { name: `Refresh the models of ${name}` }).click();
  await expect(models.message).toContainText(`The server could not fetch the models of ${name}`);
  await models.open();
  await expect(models.provider(name).getByLabel("Last check")).toContainText("Incorrect API key provided");
});
