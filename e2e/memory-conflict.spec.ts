import type Letta from "@letta-ai/letta-client";
import { expect, test } from "./fixtures";
import type { AgentPage } from "./pages/agent-page";

const original = "The user runs end-to-end tests.";

/** Types a draft into the human block, then makes the agent itself rewrite the block (the scripted model's memory_insert). */
async function draftThenAgentEdits(agentPage: AgentPage, letta: Letta, agentId: string, draft: string) {
  await agentPage.goto(agentId);
  const human = await agentPage.memory.block("human");
  await human.getByRole("textbox", { name: "Value" }).fill(draft);
  await letta.agents.messages.create(
    agentId,
    { messages: [{ role: "user", content: "#remember likes oolong tea" }] },
    { maxRetries: 0 },
  );
  const server = await letta.agents.blocks.retrieve("human", { agent_id: agentId });
  expect(server.value).toContain("likes oolong tea");
  // The open editor notices the change by itself (it re-reads the blocks while the page is visible).
  await expect(human.getByRole("status")).toContainText("changed since you started this draft");
  await expect(human.getByRole("textbox", { name: "Value" })).toHaveValue(draft);
  await human.getByRole("button", { name: "Save", exact: true }).click();
  const conflict = human.getByRole("group", { name: "Conflicting versions" });
  await expect(conflict.getByLabel("Server version")).toContainText("likes oolong tea");
  await expect(conflict.getByLabel("Your version")).toHaveText(draft);
  await expect(conflict.getByLabel("Difference").locator("ins")).toContainText(draft);
  await expect(conflict.getByLabel("Difference").locator("del")).toContainText("likes oolong tea");
  // Nothing was overwritten yet.
  expect((await letta.agents.blocks.retrieve("human", { agent_id: agentId })).value).toBe(server.value);
  return { human, conflict, serverValue: server.value };
}

test("a save over a block the agent changed shows both versions; keep mine overwrites", async ({
  agent,
  letta,
  agentPage,
}) => {
  const mine = "The user prefers coffee.";
  const { human, conflict } = await draftThenAgentEdits(agentPage, letta, agent.id, mine);
  await conflict.getByRole("button", { name: "Keep mine (overwrite)" }).click();
  await expect(conflict).toBeHidden();
  await expect(human.getByText("unsaved draft")).toBeHidden();
  expect((await letta.agents.blocks.retrieve("human", { agent_id: agent.id })).value).toBe(mine);
  await expect(human.getByRole("textbox", { name: "Value" })).toHaveValue(mine);
});

test("a save over a block the agent changed shows both versions; take theirs discards the draft", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  const { human, conflict, serverValue } = await draftThenAgentEdits(
    agentPage,
    letta,
    agent.id,
    "A draft to throw away.",
  );
  expect(serverValue).toContain(original);
  await conflict.getByRole("button", { name: "Take theirs (discard my draft)" }).click();
  await expect(conflict).toBeHidden();
  await expect(human.getByRole("textbox", { name: "Value" })).toHaveValue(serverValue);
  await expect(human.getByText("unsaved draft")).toBeHidden();
  expect((await letta.agents.blocks.retrieve("human", { agent_id: agent.id })).value).toBe(serverValue);
  await page.reload();
  await expect((await agentPage.memory.block("human")).getByRole("textbox", { name: "Value" })).toHaveValue(
    serverValue,
  );
});
