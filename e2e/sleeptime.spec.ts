import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import {
  createSleeptimeAgent,
  deleteWithSleeptime,
  openSleeptimePanel,
  readGroup,
  sleeptimeGroupOf,
} from "./sleeptime-support";
import { scriptedModel } from "./test-stack";

// A sleep-time run is a second agent's turn after the first one's: on a busy 2-core machine these tests have
// taken 50 s of the default 60, and the run alone may take 45 s.
test.describe.configure({ timeout: 180_000 });

test("a sleep-time run after a turn shows its memory edit, links from the chat and updates the memory panel", async ({
  page,
  letta,
  agentPage,
}) => {
  const agent = await createSleeptimeAgent(letta, "e2e-sleeptime-run");
  try {
    const { group } = await sleeptimeGroupOf(letta, agent.id);
    if (!group) throw new Error("Letta made no sleep-time group");
    const sleeptimeId = group.agent_ids[0] ?? "";

    const panel = await openSleeptimePanel(page, agent.id);
    await expect(panel.getByRole("switch", { name: /Sleep-time agent/ })).toBeChecked();
    await expect(panel.getByRole("link", { name: `${agent.name}-sleeptime` })).toHaveAttribute(
      "href",
      `/agents/${sleeptimeId}`,
    );
    await expect(panel.getByLabel("Sleep-time model")).toHaveText(scriptedModel);
    const frequency = panel.getByRole("form", { name: "Sleep-time frequency" });
    await expect(frequency).toContainText(group.id);
    await expect(frequency).toContainText("every 5 turns");

    // Bad input is refused before anything is sent, and the text stays.
    const input = frequency.getByRole("textbox", { name: "Run every N turns" });
    for (const bad of ["0", "1.5", "two"]) {
      await input.fill(bad);
      await frequency.getByRole("button", { name: "Save frequency" }).click();
      await expect(frequency.getByText(/whole number|at least 1/)).toBeVisible();
      await expect(input).toHaveValue(bad);
    }
    expect((await readGroup(letta, group.id)).sleeptime_agent_frequency).toBe(5);

    await input.fill("1");
    await frequency.getByRole("button", { name: "Save frequency" }).click();
    await expect(frequency).toContainText("after every turn");
    expect((await readGroup(letta, group.id)).sleeptime_agent_frequency).toBe(1);

    const runs = panel.getByRole("list", { name: "Sleep-time runs" });
    await expect(panel.getByText("The sleep-time agent has not run yet")).toBeVisible();

    await agentPage.chat.send("my favourite tea is oolong");

    // The run appears by itself (the page polls), with the turn that started it and the edit it made.
    const run = runs.getByRole("listitem", { name: /^Sleep-time run / }).first();
    await expect(run).toContainText("completed", { timeout: 45_000 });
    await expect(run).toContainText("changed human");
    await expect(run).toContainText("“my favourite tea is oolong”");
    await expect(run).toContainText("confirmed by the transcript");
    await expect(run.getByRole("figure", { name: "Change to human" })).toContainText("memory_insert · applied");
    const diff = run.getByLabel("Difference in human");
    await expect(diff.locator("ins")).toHaveText("Sleep-time note: my favourite tea is oolong");
    await expect(diff.locator("del")).toHaveCount(0);
    await expect(diff).toContainText("The user runs end-to-end tests.");
    await expect(run).toContainText("memory_finish_edits");

    // What the server holds agrees.
    const serverRuns = (await letta.runs.list({ agent_id: sleeptimeId })).getPaginatedItems();
    expect(serverRuns).toHaveLength(1);
    expect(await run.getAttribute("aria-label")).toBe(`Sleep-time run ${serverRuns[0]?.id}`);
    const noted = "The user runs end-to-end tests.\nSleep-time note: my favourite tea is oolong";
    await expect
      .poll(async () => (await letta.agents.blocks.retrieve("human", { agent_id: agent.id })).value)
      .toBe(noted);

    // The page noticed the change, and the chat links the turn to its run.
    await expect(page.getByRole("alert", { name: "Sleep-time change" })).toContainText(
      "The sleep-time agent changed human",
    );
    await expect(page.getByRole("status", { name: "Sleep-time status" })).toHaveText("Sleep-time agent idle");
    await expect(agentPage.memory.card("human")).toContainText("Sleep-time note: my favourite tea is oolong");
    await expect((await agentPage.memory.block("human")).getByRole("textbox", { name: "Value" })).toHaveValue(noted);
    const history = await agentPage.memory.history("human");
    await expect(history.getByRole("listitem").filter({ hasText: "Sleep-time note" })).toContainText(
      `${agent.name}-sleeptime (sleep-time agent)`,
    );

    await agentPage.chat.log.getByRole("link", { name: "Sleep-time run started by this turn" }).click();
    await expect(agentPage.sleeptime.tab).toHaveAttribute("aria-selected", "true");
    await expect(page).toHaveURL(new RegExp(`#sleeptime-run-${serverRuns[0]?.id}$`));
    await expect(page.getByRole("listitem", { name: `Sleep-time run ${serverRuns[0]?.id}` })).toBeInViewport();
  } finally {
    await deleteWithSleeptime(letta, agent.id);
  }
});

test("sleep-time switches on for an existing agent, its frequency and model change, and it switches off and on again", async ({
  page,
  letta,
  agent,
  agentPage,
}) => {
  try {
    const panel = await openSleeptimePanel(page, agent.id);
    const toggle = panel.getByRole("switch", { name: /Sleep-time agent/ });
    await expect(toggle).not.toBeChecked();
    await expect(panel).toContainText("Switching on makes Letta create a sleep-time agent");

    await toggle.click();
    await expect(panel.getByRole("link", { name: `${agent.name}-sleeptime` })).toBeVisible();
    const { agent: on, group } = await sleeptimeGroupOf(letta, agent.id);
    expect(on.enable_sleeptime).toBe(true);
    if (!group) throw new Error("Letta made no sleep-time group");
    const sleeptimeId = group.agent_ids[0] ?? "";
    await expect(panel.getByRole("form", { name: "Sleep-time frequency" })).toContainText("every 5 turns");

    const frequency = panel.getByRole("form", { name: "Sleep-time frequency" });
    await frequency.getByRole("textbox", { name: "Run every N turns" }).fill("3");
    await frequency.getByRole("button", { name: "Save frequency" }).click();
    await expect(frequency).toContainText("every 3 turns");
    expect((await readGroup(letta, group.id)).sleeptime_agent_frequency).toBe(3);

    await panel
      .getByRole("combobox", { name: "Sleep-time agent's model" })
      .selectOption("openai-proxy/scripted-model-2");
    await panel.getByRole("button", { name: "Save model" }).click();
    await expect(panel.getByLabel("Sleep-time model")).toHaveText("openai-proxy/scripted-model-2");
    expect((await letta.agents.retrieve(sleeptimeId)).llm_config.handle).toBe("openai-proxy/scripted-model-2");
    expect((await letta.agents.retrieve(agent.id)).llm_config.handle).toBe(scriptedModel);

    // Off keeps the sleep-time agent and its group; on again reuses them.
    await toggle.click();
    await expect(panel).toContainText("Off: the agent's turns no longer start the sleep-time agent");
    expect((await letta.agents.retrieve(agent.id)).enable_sleeptime).toBe(false);
    expect((await readGroup(letta, group.id)).agent_ids).toEqual([sleeptimeId]);

    await toggle.click();
    await expect(toggle).toBeChecked();
    await expect(panel.getByText("Switching off stops those runs")).toBeVisible();
    const again = await sleeptimeGroupOf(letta, agent.id);
    expect(again.agent.enable_sleeptime).toBe(true);
    expect(again.group?.id).toBe(group.id);
    expect(again.group?.agent_ids).toEqual([sleeptimeId]);
    expect(again.group?.sleeptime_agent_frequency).toBe(3);

    // The sleep-time agent opens like any agent, and its panel says whom it works for.
    await panel.getByRole("link", { name: `${agent.name}-sleeptime` }).click();
    await expect(page).toHaveURL(new RegExp(`/agents/${sleeptimeId}$`));
    await agentPage.sleeptime.open();
    const member = agentPage.sleeptime.region;
    await expect(member).toContainText("This is a sleep-time agent");
    await expect(member.getByRole("link", { name: agent.name, exact: true })).toHaveAttribute(
      "href",
      `/agents/${agent.id}`,
    );
    await expect(member.getByRole("switch")).toHaveCount(0);
  } finally {
    await deleteWithSleeptime(letta, agent.id);
  }
});

test("switching on is refused clearly for an agent without an embedding model", async ({ page, letta }) => {
  const agent = await letta.agents.create({
    name: `e2e-no-embedding-${randomUUID().slice(0, 8)}`,
    model: scriptedModel,
    memory_blocks: [{ label: "human", value: "x" }],
  });
  try {
    const panel = await openSleeptimePanel(page, agent.id);
    await panel.getByRole("switch", { name: /Sleep-time agent/ }).click();
    await expect(panel.getByRole("alert")).toContainText("Sleep-time needs an embedding model");
    await expect(panel.getByRole("switch", { name: /Sleep-time agent/ })).not.toBeChecked();
    expect((await letta.agents.retrieve(agent.id)).enable_sleeptime).not.toBe(true);
  } finally {
    await deleteWithSleeptime(letta, agent.id);
  }
});
