import { expect, test } from "./fixtures";
import { lettaBaseUrl } from "./test-stack";

test("the header shows the connected server and its version", async ({ page, letta }) => {
  const health = await letta.health();
  await page.goto("/");
  await expect(page).toHaveURL(/\/agents$/);
  const server = page.getByRole("region", { name: "Letta server" });
  await expect(server.getByRole("status")).toHaveText("Connected");
  await expect(server.getByLabel("Server version")).toHaveText(`Letta ${health.version}`);
  await expect(server).toContainText(lettaBaseUrl);
  expect(health.version).toMatch(/^0\.16\./);
});

test("an agent created through the SDK appears in the list and opens", async ({ page, agent }) => {
  await page.goto("/agents");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: agent.name }) });
  await expect(row).toBeVisible();
  await expect(row.getByRole("cell").nth(1)).toHaveText(agent.model ?? "");
  await row.getByRole("link", { name: agent.name }).click();
  await expect(page).toHaveURL(`/agents/${agent.id}`);
  await expect(page.getByRole("heading", { level: 1, name: agent.name })).toBeVisible();
});

test("the models page lists the server's models by provider", async ({ page }) => {
  await page.goto("/agents");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Models" }).click();
  const chat = page.getByRole("region", { name: "Chat models" });
  await expect(chat.getByRole("cell", { name: "openai-proxy/scripted-model", exact: true })).toBeVisible();
  const embeddings = page.getByRole("region", { name: "Embedding models" });
  await expect(embeddings.getByRole("cell", { name: "openai/text-embedding-3-small", exact: true })).toBeVisible();
});
