import { z } from "zod";
import { expect, test } from "./fixtures";

test("archival passages: insert with tags, search, delete", async ({ page, agent, letta, agentPage }) => {
  await agentPage.goto(agent.id);
  await agentPage.memory.show("Archival memory");
  const insert = page.getByRole("form", { name: "Insert passage" });
  await insert.getByRole("textbox", { name: "New passage" }).fill("The user's cat is called Miso and likes tuna.");
  await insert.getByRole("textbox", { name: "Tags (comma-separated)" }).fill("pets, food");
  await insert.getByRole("button", { name: "Insert passage" }).click();
  const passages = page.getByRole("region", { name: "Passages" });
  await expect(passages.getByText("The user's cat is called Miso and likes tuna.")).toBeVisible();
  await insert.getByRole("textbox", { name: "New passage" }).fill("The user works on a compiler written in Rust.");
  await insert.getByRole("button", { name: "Insert passage" }).click();
  await expect(passages.getByText("The user works on a compiler written in Rust.")).toBeVisible();

  const stored = await letta.agents.passages.list(agent.id, { ascending: true });
  expect(stored.map((passage) => passage.text)).toEqual([
    "The user's cat is called Miso and likes tuna.",
    "The user works on a compiler written in Rust.",
  ]);
  expect([...(stored[0]?.tags ?? [])].sort()).toEqual(["food", "pets"]);

  const search = page.getByRole("search", { name: "Search passages" });
  await search.getByRole("textbox", { name: "Search query" }).fill("cat tuna");
  await search.getByRole("button", { name: "Search" }).click();
  const results = page.getByRole("list", { name: "Search results" });
  const serverResults = await letta.passages.search({ agent_id: agent.id, query: "cat tuna", limit: 10 });
  await expect(results.getByRole("listitem")).toHaveCount(serverResults.length);
  const best = serverResults[0];
  await expect(results.getByRole("listitem").first()).toContainText(best?.passage.text ?? "missing");
  await expect(results.getByRole("listitem").first()).toContainText("Miso");
  // The score shown is the server's.
  await expect(
    results
      .getByRole("listitem")
      .first()
      .getByLabel(`Score ${(best?.score ?? Number.NaN).toFixed(3)}`),
  ).toBeVisible();

  const compiler = passages.getByRole("listitem", { name: /compiler written in Rust/ });
  await compiler.getByRole("button", { name: "Delete" }).click();
  await compiler.getByRole("button", { name: "Delete passage" }).click();
  await expect(compiler).toBeHidden();
  const remaining = await letta.agents.passages.list(agent.id, {});
  expect(remaining.map((passage) => passage.text)).toEqual(["The user's cat is called Miso and likes tuna."]);

  const archives = await letta.archives.list({ agent_id: agent.id });
  const archive = archives.getPaginatedItems()[0];
  expect(archive).toBeDefined();
  await expect(page.getByRole("region", { name: "Archives" }).getByText(archive?.name ?? "missing")).toBeVisible();
});

const contextSchema = z.object({
  context_window_size_max: z.number(),
  context_window_size_current: z.number(),
  num_tokens_system: z.number(),
  num_tokens_core_memory: z.number(),
  num_tokens_functions_definitions: z.number(),
  num_tokens_messages: z.number(),
});

test("the context window shows the server's figures", async ({ page, agent, letta, agentPage }) => {
  await page.goto(`/agents/${agent.id}`);
  const server = contextSchema.parse(await letta.get(`/v1/agents/${agent.id}/context`));
  await agentPage.memory.show("Context window");
  const fmt = (value: number) => value.toLocaleString("en-US");
  await expect(page.getByLabel("Context usage")).toContainText(
    `${fmt(server.context_window_size_current)} of ${fmt(server.context_window_size_max)} tokens`,
  );
  const table = page.getByRole("table", { name: "Context window breakdown" });
  for (const [label, tokens] of [
    ["System prompt", server.num_tokens_system],
    ["Tool definitions", server.num_tokens_functions_definitions],
    ["Core memory", server.num_tokens_core_memory],
    ["Messages", server.num_tokens_messages],
  ] as const) {
    await expect(table.getByRole("row", { name: label })).toContainText(fmt(tokens));
  }
  await expect(page.getByText("The server counts core memory tokens only as a whole")).toBeVisible();
  await expect(agentPage.memory.view("Context window").getByRole("alert")).toHaveCount(0);
});
