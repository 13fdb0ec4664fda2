import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { latestRunId, RunsPage } from "./inspector-support";

// Thirty turns are 60+ messages: the chat's first page holds 50, so the oldest turn is only found after the
// chat has loaded an older page, and its runs page row is on the second page of runs (20 a page).
const LATER_TURNS = 29;

test("a runs page row's chat link opens its turn far above the fold, highlighted and focused, and a reload keeps it", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  test.setTimeout(240_000);
  const marker = `target turn ${randomUUID().slice(0, 8)}`;
  await letta.agents.messages.create(agent.id, { messages: [{ role: "user", content: marker }] }, { maxRetries: 0 });
  const target = await latestRunId(letta, agent.id);
  for (let turn = 1; turn <= LATER_TURNS; turn++)
    await letta.agents.messages.create(
      agent.id,
      { messages: [{ role: "user", content: `later turn ${turn}` }] },
      { maxRetries: 0 },
    );
  // The server holds the target run's messages: the turn the chat must show.
  const stored = (await letta.runs.messages.list(target)).getPaginatedItems();
  expect(JSON.stringify(stored)).toContain(`You said: ${marker}`);

  // Paging: the newest 20 runs first, the target (the oldest) on the next page.
  const runs = new RunsPage(page);
  await runs.goto(agent.id);
  await expect(runs.rows).toHaveCount(20);
  await expect(runs.row(target)).toHaveCount(0);
  await runs.olderRuns.click();
  await expect(runs.row(target)).toBeVisible();
  await expect(runs.rows).toHaveCount(LATER_TURNS + 1 - 20);
  await runs.chatLink(target).click();

  const chat = agentPage.chat;
  await expect(page).toHaveURL(new RegExp(`/agents/${agent.id}#turn-${target}$`));
  const expectTurnShown = async () => {
    const turn = chat.turn(target);
    await expect(turn).toContainText(marker, { timeout: 30_000 });
    await expect(turn).toHaveAttribute("data-highlighted");
    await expect(chat.highlightedRows.filter({ hasText: `You said: ${marker}` })).toHaveCount(1);
    await expect(turn).toBeFocused();
    await expect(turn).toBeInViewport();
    await expect(chat.log.getByText(`You said: ${marker}`)).toBeInViewport();
    // The newest turn is far below, out of view.
    await expect(chat.log.getByText(`You said: later turn ${LATER_TURNS}`, { exact: true })).not.toBeInViewport();
    await expect(chat.turnSearchStatus).toHaveCount(0);
  };
  await expectTurnShown();
  await page.screenshot({ path: test.info().outputPath("turn-link.png") });

  await page.reload();
  await expectTurnShown();
  // The highlight is brief.
  await expect(chat.highlightedRows).toHaveCount(0, { timeout: 15_000 });
  await expect(chat.turn(target)).toBeInViewport();
});

test("a turn link opens the run's own conversation, and says so when the run is not there", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  const conversation = await letta.conversations.create({ agent_id: agent.id });
  const stream = await letta.conversations.messages.create(
    conversation.id,
    { messages: [{ role: "user", content: "said in a side conversation" }] },
    { maxRetries: 0 },
  );
  for await (const chunk of stream) void chunk;
  const runId = await latestRunId(letta, agent.id);
  expect((await letta.runs.retrieve(runId)).conversation_id).toBe(conversation.id);

  // The link names no conversation: the chat opens the run's.
  await page.goto(`/agents/${agent.id}#turn-${runId}`);
  await expect(page).toHaveURL(new RegExp(`\\?conversation=${conversation.id}#turn-${runId}$`));
  await expect(agentPage.chat.turn(runId)).toContainText("said in a side conversation");
  await expect(agentPage.chat.turn(runId)).toBeFocused();

  // A run the server does not know.
  const unknown = `run-${randomUUID()}`;
  await page.goto(`/agents/${agent.id}#turn-${unknown}`);
  await expect(agentPage.chat.turnSearchAlert).toContainText(`Run ${unknown} could not be read`);
  await expect(agentPage.chat.log.locator("[data-turn-first]")).toHaveCount(0);
});
