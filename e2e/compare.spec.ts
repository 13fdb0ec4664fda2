import type Letta from "@letta-ai/letta-client";
import type { AgentState } from "@letta-ai/letta-client/resources/agents/agents";
import { deleteAgents, runId } from "./agents-support";
import { expect, test } from "./fixtures";
import { KeyboardUser } from "./pages/keyboard";
import { runAction } from "./server-actions";
import { adeBaseUrl, scriptedEmbedding, scriptedModel } from "./test-stack";

function toolSource(name: string): string {
  return `def ${name}(topic: str) -> str:
    """Look up a topic in the team's notes.

    Args:
        topic: What to look up.

    Returns:
        str: The note.
    """
    return f"note about {topic}"
`;
}

/** A copy of the agent made by the ADE's own clone action (an agent file, without messages). */
async function cloneWithAde(agent: AgentState, name: string): Promise<string> {
  const { agents } = await runAction<{ agents: { id: string }[] }>(adeBaseUrl, "cloneAgentAction", {
    agentId: agent.id,
    name,
    includeMessages: false,
  });
  const id = agents[0]?.id;
  if (!id) throw new Error("the clone action made no agent");
  return id;
}

const blockValue = async (letta: Letta, agentId: string, label: string) =>
  (await letta.agents.blocks.retrieve(label, { agent_id: agentId })).value;

test("the compare view names every difference between an agent and its clone; copying a block, the prompt and a tool fixes each", async ({
  letta,
  comparePage,
}) => {
  test.setTimeout(120_000);
  const id = runId();
  const toolName = `team_notes_${id}`;
  const tool = await letta.tools.create({ source_code: toolSource(toolName) });
  const created: string[] = [];
  try {
    const original = await letta.agents.create({
      name: `e2e-compare-${id}`,
      description: "The original",
      model: scriptedModel,
      embedding: scriptedEmbedding,
      system: "You keep the team's notes.\nAnswer briefly.",
      memory_blocks: [
        { label: "persona", value: "I keep notes.", limit: 3000, description: "Who I am" },
        { label: "human", value: "The team likes tea.\nThey meet on Mondays.", limit: 4000 },
        { label: "projects/current", value: "Compare view", limit: 2000, read_only: true },
      ],
      tools: [toolName, "conversation_search", "memory_insert", "memory_replace"],
      tool_rules: [{ type: "exit_loop", tool_name: toolName }],
      tags: ["compare-e2e", `run-${id}`],
    });
    created.push(original.id);
    const cloneId = await cloneWithAde(original, `e2e-compare-${id}-copy`);
    created.push(cloneId);

    // The clone changes on the server: one block's value, the system prompt, and its tool list.
    await letta.agents.blocks.update("human", {
      agent_id: cloneId,
      value: "The team likes coffee.\nThey meet on Mondays.",
    });
    await letta.agents.update(cloneId, { system: "You keep the team's notes.\nAnswer in detail." });
    const memoryInsert = (await letta.agents.tools.list(cloneId))
      .getPaginatedItems()
      .find((t) => t.name === "memory_insert");
    if (!memoryInsert) throw new Error("the clone has no memory_insert");
    await letta.agents.tools.detach(memoryInsert.id, { agent_id: cloneId });

    await comparePage.goto(original.id, cloneId);
    await expect(comparePage.summary).toHaveText("3 differences: system prompt, block human, tools");
    expect(await comparePage.differenceNames()).toEqual(["system prompt", "block human", "tools"]);
    await expect(comparePage.same.locator("summary")).toHaveText(/^\d+ things are the same$/);
    await expect(comparePage.side("block human", "A")).toContainText("The team likes tea.");
    await expect(comparePage.side("block human", "B")).toContainText("The team likes coffee.");
    await expect(
      comparePage.item("system prompt").getByLabel("System prompt difference", { exact: true }),
    ).toContainText("Answer in detail.");
    await expect(comparePage.side("tools", "A").getByRole("list", { name: "Tools only on A" })).toHaveText(
      /memory_insert/,
    );
    await expect(comparePage.side("tools", "B")).toContainText("No tools only on B");
    await expect(comparePage.page.getByRole("link", { name: "A/B chat" })).toHaveAttribute(
      "href",
      `/compare/chat?a=${original.id}&b=${cloneId}`,
    );

    // Copy the block to B: saved on the server, and the difference goes away.
    await comparePage.button("Copy block human to B").click();
    await expect.poll(() => blockValue(letta, cloneId, "human")).toBe("The team likes tea.\nThey meet on Mondays.");
    await expect(comparePage.summary).toHaveText("2 differences: system prompt, tools");
    await expect(comparePage.differences.getByRole("region", { name: "block human", exact: true })).toHaveCount(0);
    expect(await blockValue(letta, original.id, "human")).toBe("The team likes tea.\nThey meet on Mondays.");

    // The prompt the other way (B's onto A), and the tool attached to B.
    await comparePage.button("Copy system prompt to A").click();
    await expect
      .poll(async () => (await letta.agents.retrieve(original.id)).system)
      .toBe("You keep the team's notes.\nAnswer in detail.");
    await expect(comparePage.summary).toHaveText("1 difference: tools");
    await comparePage.button("Attach memory_insert to B").click();
    await expect
      .poll(async () => (await letta.agents.tools.list(cloneId)).getPaginatedItems().map((t) => t.name))
      .toContain("memory_insert");
    await expect(comparePage.summary).toHaveText("No differences");
  } finally {
    await deleteAgents(letta, created);
    await letta.tools.delete(tool.id).catch(() => undefined);
  }
});

test("a copy over a block that changed on the server since the page loaded is refused with the reason", async ({
  letta,
  agent,
  comparePage,
}) => {
  const cloneId = await cloneWithAde(agent, `${agent.name}-copy`);
  try {
    await letta.agents.blocks.update("human", { agent_id: cloneId, value: "The user writes unit tests." });
    await comparePage.goto(agent.id, cloneId);
    await expect(comparePage.summary).toHaveText("1 difference: block human");
    // B changes on the server after the page read it.
    await letta.agents.blocks.update("human", { agent_id: cloneId, value: "The user changed it meanwhile." });
    await comparePage.button("Copy block human to B").click();
    await expect(comparePage.alert).toContainText("Copy block human to B");
    await expect(comparePage.alert).toContainText("changed on the server since this comparison was loaded");
    expect(await blockValue(letta, cloneId, "human")).toBe("The user changed it meanwhile.");
    expect(await blockValue(letta, agent.id, "human")).toBe("The user runs end-to-end tests.");
    // The view reads B again: it shows the server's value now.
    await expect(comparePage.side("block human", "B")).toContainText("The user changed it meanwhile.");
  } finally {
    await deleteAgents(letta, [cloneId]);
  }
});

test("Compare with… from the palette on the agent page opens the picker with this agent as A and its clone first", async ({
  letta,
  agent,
  agentPage,
  comparePage,
  page,
}) => {
  const cloneName = `${agent.name}-copy`;
  const cloneId = await cloneWithAde(agent, cloneName);
  try {
    await agentPage.goto(agent.id);
    const keys = new KeyboardUser(page);
    await keys.runCommand("Compare with…");
    await expect(page).toHaveURL(new RegExp(`/compare\\?a=${agent.id}$`));
    await expect(comparePage.combobox("A")).toHaveValue(agent.name);

    // Keyboard only: agent B's suggestions start with the clone; Enter picks it, then Compare.
    await keys.tabTo(comparePage.combobox("B"));
    await expect(comparePage.options("B").first()).toHaveText(cloneName);
    await page.keyboard.press("Enter");
    await expect(comparePage.combobox("B")).toHaveValue(cloneName);
    await keys.tabTo(comparePage.compareButton);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/compare\\?a=${agent.id}&b=${cloneId}$`));
    await expect(comparePage.summary).toHaveText("No differences");
  } finally {
    await deleteAgents(letta, [cloneId]);
  }
});

test("the agent page links to the picker", async ({ agent, agentPage, comparePage, page }) => {
  await agentPage.goto(agent.id);
  await page.getByRole("link", { name: "Compare with…" }).click();
  await expect(comparePage.combobox("A")).toHaveValue(agent.name);
  await expect(comparePage.compareButton).toBeDisabled();
});
