import Letta from "@letta-ai/letta-client";
import { expect, test } from "./fixtures";
import { bounded, deleteAgents, lightAgent, runId } from "./agents-support";
import { lettaBaseUrl } from "./test-stack";

const COUNT = 55;
const run = runId();
const name = (i: number) => `list-${run}-agent-${String(i).padStart(2, "0")}`;
const red = `red-${run}`;
const blue = `blue-${run}`;
const created: string[] = [];

test("an empty server invites the first agent, and the button opens Create", async ({ page, letta }) => {
  const existing = (await letta.agents.list({ limit: 5 })).getPaginatedItems();
  expect(
    existing.map((agent) => agent.name),
    "agents left on the test stack by an earlier test",
  ).toEqual([]);
  await page.goto("/agents");
  await expect(page.getByText("No agents on this server yet.")).toBeVisible();
  await expect(page.getByLabel("Search by name")).toHaveCount(0);
  await page.getByRole("link", { name: "Create your first agent" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create agent" })).toBeVisible();
});

test.describe("agent list", () => {
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    const letta = new Letta({ baseURL: lettaBaseUrl, apiKey: null, maxRetries: 0 });
    const indices = Array.from({ length: COUNT }, (_, i) => i);
    const started = Date.now();
    const agents = await bounded(indices, 8, (i) => {
      const tags = [...(i % 3 === 0 ? [red] : []), ...(i % 5 === 0 ? [blue] : [])];
      return letta.agents.create(lightAgent(name(i), { tags }));
    });
    created.push(...agents.map((agent) => agent.id));
    console.log(`[agents-list] created ${COUNT} agents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  test.afterAll(async () => {
    test.setTimeout(120_000);
    await deleteAgents(new Letta({ baseURL: lettaBaseUrl, apiKey: null, maxRetries: 0 }), created);
  });

  const table = (page: import("@playwright/test").Page) => page.getByRole("table", { name: "Agents" });
  const bodyRows = (page: import("@playwright/test").Page) =>
    table(page)
      .getByRole("row")
      .filter({ has: page.getByRole("link") });

  test("pages through the server with a cursor: 50 rows, then more", async ({ page, letta }) => {
    // Agents were created concurrently: the server's created_at order is the reference, not the index.
    const serverOrder = (
      await letta.agents.list({ query_text: `list-${run}`, order: "desc", order_by: "created_at", limit: COUNT })
    )
      .getPaginatedItems()
      .map((agent) => agent.name);
    expect(serverOrder).toHaveLength(COUNT);
    await page.goto(`/agents?q=${encodeURIComponent(`list-${run}`)}`);
    await expect(bodyRows(page)).toHaveCount(50);
    await expect(bodyRows(page).getByRole("link")).toHaveText(serverOrder.slice(0, 50));
    await page.getByRole("button", { name: "Load more agents" }).click();
    await expect(bodyRows(page)).toHaveCount(COUNT);
    await expect(page.getByText(`All ${COUNT} shown.`)).toBeVisible();
    await expect(bodyRows(page).getByRole("link")).toHaveText(serverOrder);
    await expect(page.getByRole("button", { name: "Load more agents" })).toHaveCount(0);
  });

  test("shows the columns for each agent", async ({ page, letta }) => {
    await page.goto(`/agents?q=${encodeURIComponent(name(15))}`);
    const row = bodyRows(page);
    await expect(row).toHaveCount(1);
    const agent = await letta.agents.retrieve(created[15] ?? "", {
      include: ["agent.blocks", "agent.tools", "agent.tags"],
    });
    const cells = row.getByRole("cell");
    await expect(cells.nth(1)).toHaveText(agent.model ?? "");
    await expect(cells.nth(2)).toHaveText("letta_v1_agent");
    await expect(row.getByRole("list", { name: "Tags" }).getByRole("listitem")).toHaveText([...agent.tags].sort());
    await expect(cells.nth(4)).toHaveText(String(agent.blocks.length));
    await expect(cells.nth(5)).toHaveText(String(agent.tools.length));
    await expect(cells.nth(6)).toHaveText("Off");
  });

  test("searches by name on the server, case-insensitively, and keeps it in the URL", async ({ page }) => {
    await page.goto("/agents");
    await page.getByLabel("Search by name").fill(`LIST-${run}-AGENT-1`);
    await expect(page).toHaveURL(new RegExp(`q=LIST-${run}-AGENT-1`));
    await expect(bodyRows(page)).toHaveCount(10);
    await page.reload();
    await expect(page.getByLabel("Search by name")).toHaveValue(`LIST-${run}-AGENT-1`);
    await expect(bodyRows(page)).toHaveCount(10);
  });

  test("tells 'nothing matches' apart and clears the search", async ({ page }) => {
    await page.goto(`/agents?q=${encodeURIComponent(`no-such-agent-${run}`)}`);
    await expect(page.getByText("No agents match this search.")).toBeVisible();
    await expect(page.getByText("No agents on this server yet.")).toHaveCount(0);
    await page.getByRole("button", { name: "Clear search and filters" }).click();
    await expect(page).toHaveURL(/\/agents$/);
    await expect(bodyRows(page).first()).toBeVisible();
  });

  test("filters by tags in use: any tag, then all tags", async ({ page }) => {
    await page.goto("/agents");
    await page.getByRole("button", { name: `Tag ${red}` }).click();
    await expect(page).toHaveURL(new RegExp(`tag=${red}`));
    await expect(bodyRows(page)).toHaveCount(19);
    await page.getByRole("button", { name: `Tag ${blue}` }).click();
    await expect(bodyRows(page)).toHaveCount(26);
    await page.getByRole("checkbox", { name: "Match all selected tags" }).check();
    await expect(bodyRows(page)).toHaveCount(4);
    await expect(page).toHaveURL(/all=1/);
    const url = page.url();
    await page.goto("/agents");
    await page.goto(url);
    await expect(bodyRows(page)).toHaveCount(4);
    await expect(page.getByRole("button", { name: `Tag ${red}` })).toHaveAttribute("aria-pressed", "true");
  });

  test("sorts on the server by created and updated, and the loaded rows by name", async ({ page, letta }) => {
    await page.goto(`/agents?tag=${red}`);
    await page.getByLabel("Order", { exact: true }).selectOption("asc");
    await expect(page).toHaveURL(/order=asc/);
    const oldest = (
      await letta.agents.list({ tags: [red], order: "asc", order_by: "created_at", limit: 3 })
    ).getPaginatedItems();
    await expect(bodyRows(page).first().getByRole("link")).toHaveText(oldest[0]?.name ?? "");
    await expect(bodyRows(page).nth(2).getByRole("link")).toHaveText(oldest[2]?.name ?? "");

    await letta.agents.update(created[9] ?? "", { description: "touched" });
    await page.getByLabel("Sort by", { exact: true }).selectOption("updated_at");
    await page.getByLabel("Order", { exact: true }).selectOption("desc");
    await expect(page).toHaveURL(/sort=updated_at/);
    await expect(bodyRows(page).first().getByRole("link")).toHaveText(name(9));

    await page.getByLabel("Name order (loaded rows only)").selectOption("desc");
    await expect(page).toHaveURL(/byName=desc/);
    await expect(bodyRows(page).first().getByRole("link")).toHaveText(name(54));
    await expect(bodyRows(page).last().getByRole("link")).toHaveText(name(0));
  });
});
