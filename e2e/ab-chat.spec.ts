import { randomUUID } from "node:crypto";
import type { AgentState } from "@letta-ai/letta-client/resources/agents/agents";
import { expect, test as base } from "./fixtures";
import { AbChatPage } from "./pages/ab-chat-page";
import { KeyboardUser } from "./pages/keyboard";
import { expectStoredReply, storedMessages } from "./stored-messages";
import { mainAdeDatabase, storeRows } from "./ade-store";
import { expectNoSeriousViolationsInBothThemes } from "./axe";
import { scriptedEmbedding, scriptedModel } from "./test-stack";

interface AbFixtures {
  /** Two fresh agents: A on the scripted model, B on the second scripted model (so `#model` replies differ). */
  pair: { a: AgentState; b: AgentState };
  abChat: AbChatPage;
}

const test = base.extend<AbFixtures>({
  pair: async ({ letta }, use, testInfo) => {
    const make = (side: string, model: string) =>
      letta.agents.create({
        name: `e2e-ab-${side}-${testInfo.title.replace(/[^a-z0-9]+/gi, "-").slice(0, 24)}-${randomUUID().slice(0, 6)}`,
        model,
        embedding: scriptedEmbedding,
        memory_blocks: [
          { label: "persona", value: `I am agent ${side}.` },
          { label: "human", value: "The user runs end-to-end tests." },
        ],
      });
    const a = await make("a", scriptedModel);
    const b = await make("b", `${scriptedModel}-2`);
    await use({ a, b });
    await Promise.all([a, b].map((agent) => letta.agents.delete(agent.id).catch(() => undefined)));
    // What the ADE kept for the pair: the dataset its test messages made, and the pair's record.
    await storeRows(mainAdeDatabase, "delete from ade_eval_datasets where dataset->>'name' = $1", [
      pairDatasetName(a, b),
    ]);
    await storeRows(mainAdeDatabase, "delete from ade_ab_chat_tests where pair_key like $1", [`%${a.id}%`]);
  },
  abChat: async ({ page }, use) => {
    await use(new AbChatPage(page));
  },
});

/** The dataset the A/B chat makes for a pair when a test message is saved before any dataset is picked. */
const pairDatasetName = (a: { name: string }, b: { name: string }) => `A/B chat: ${a.name} & ${b.name}`;

/** The cases of the datasets named so, as the ADE's store holds them. */
async function storedCases(name: string): Promise<{ input: string[]; tags: string[] }[][]> {
  const rows = await storeRows<{ dataset: { cases: { input: string[]; tags: string[] }[] } }>(
    mainAdeDatabase,
    "select dataset from ade_eval_datasets where dataset->>'name' = $1",
    [name],
  );
  return rows.map((row) => row.dataset.cases.map(({ input, tags }) => ({ input, tags })));
}

test("one message streams to both agents side by side; each agent stores only its own reply", async ({
  abChat,
  pair,
  letta,
}) => {
  test.setTimeout(180_000);
  const { a, b } = pair;
  await abChat.goto(a, b);
  await expect(abChat.a.region).toContainText("openai-proxy/scripted-model");
  await expect(abChat.b.region).toContainText("openai-proxy/scripted-model-2");
  await expect(abChat.a.workspaceLink).toHaveAttribute("href", `/agents/${a.id}`);
  await expect(abChat.b.workspaceLink).toHaveAttribute("href", `/agents/${b.id}`);
  await expect(abChat.differencesLink).toHaveAttribute("href", `/compare?a=${a.id}&b=${b.id}`);

  // Both replies stream at once: each column shows part of its reply while the other still streams.
  await abChat.send("#slow 12 both at once");
  await expect(abChat.a.log.getByText("Streaming…")).toBeVisible();
  await expect(abChat.b.log.getByText("Streaming…")).toBeVisible();
  await expect(abChat.a.replies().last()).toContainText("Slow part 1 of 12.");
  await expect(abChat.b.replies().last()).toContainText("Slow part 1 of 12.");
  await expect(abChat.a.log.getByText(/Turn complete/)).toBeVisible({ timeout: 60_000 });
  await expect(abChat.b.log.getByText(/Turn complete/)).toBeVisible({ timeout: 60_000 });

  // Each side answers with its own model; usage and duration under each reply.
  await abChat.send("#model hello both");
  await expect(abChat.a.replies().last()).toHaveText("scripted-model says: hello both");
  await expect(abChat.b.replies().last()).toHaveText("scripted-model-2 says: hello both");
  for (const side of [abChat.a, abChat.b]) {
    await expect(
      side.log.getByText(/Turn complete · 1 step, \d+ prompt \+ \d+ completion tokens · took /).last(),
    ).toBeVisible();
  }
  await expectStoredReply(letta, a.id, "scripted-model says: hello both");
  await expectStoredReply(letta, b.id, "scripted-model-2 says: hello both");
  const texts = async (agentId: string) =>
    (await storedMessages(letta, agentId, { limit: 50 })).map((message) =>
      "content" in message && typeof message.content === "string" ? message.content : "",
    );
  expect(await texts(a.id)).not.toContain("scripted-model-2 says: hello both");
  expect(await texts(b.id)).not.toContain("scripted-model says: hello both");

  // A follow-up with a tool call reaches both: the call, its result and the memory change on each side.
  await abChat.send("#remember likes green tea");
  for (const side of [abChat.a, abChat.b]) {
    await expect(side.toolCall("memory_insert")).toContainText('"new_string": "likes green tea"');
    await expect(side.log.getByRole("group", { name: "Tool result" })).toContainText("success");
    await expect(side.replies().last()).toContainText("Done: memory_insert");
  }
  for (const agent of [a, b]) {
    await expect
      .poll(async () => (await letta.agents.blocks.retrieve("human", { agent_id: agent.id })).value)
      .toContain("likes green tea");
  }

  // Esc stops both replies; what arrived stays.
  await abChat.send("#slow 40 stop me");
  await expect(abChat.a.replies().last()).toContainText("Slow part 1 of 40.");
  await expect(abChat.b.replies().last()).toContainText("Slow part 1 of 40.");
  await abChat.message.focus();
  await abChat.page.keyboard.press("Escape");
  await expect(abChat.a.log.getByText("Stopped by you")).toBeVisible();
  await expect(abChat.b.log.getByText("Stopped by you")).toBeVisible();
  await expect(abChat.stopButton).toBeHidden();
});

test("a side that fails shows it there, keeps the other side's reply and the text in the composer", async ({
  abChat,
  pair,
  letta,
}) => {
  const { a, b } = pair;
  await abChat.goto(a, b);
  await letta.agents.delete(b.id);
  await abChat.send("#model still here");
  await expect(abChat.a.replies().last()).toHaveText("scripted-model says: still here");
  await expect(abChat.b.region.getByRole("alert")).toContainText("Not sent to B");
  await expect(abChat.message).toHaveValue("#model still here");
  await expectStoredReply(letta, a.id, "scripted-model says: still here");
});

test("test messages are a dataset's cases: saved from the page, replayed on both agents (a case's turns in order), picked per pair", async ({
  abChat,
  evalsPage,
  pair,
  page,
}) => {
  test.setTimeout(240_000);
  const { a, b } = pair;
  const datasetName = pairDatasetName(a, b);
  await abChat.goto(a, b);
  await abChat.openTests();
  await expect(abChat.datasetPicker).toHaveValue("");
  await expect(page.getByText("No dataset picked yet.")).toBeVisible();

  // Bad input is refused with its message.
  await abChat.addTestMessageButton.click();
  await expect(page.getByText("Type a test message first")).toBeVisible();
  await abChat.newTestMessage.fill("x".repeat(20_001));
  await abChat.addTestMessageButton.click();
  await expect(page.getByText("A test message has at most 20,000 characters")).toBeVisible();

  // The first message saved makes a dataset named for the pair and picks it; each message is a case, tagged ab-chat.
  await abChat.addTestMessage("#model first question");
  await expect(abChat.datasetPicker.locator("option:checked")).toHaveText(new RegExp(`^${datasetName}`));
  await abChat.addTestMessage("#model to be removed");
  await abChat.addTestMessage("#model second question");
  await abChat.testMessageButton("Remove", 2).click();
  await expect(abChat.testMessages()).toHaveCount(2);
  await expect(abChat.testsTab).toHaveText("Test messages (2)");
  expect(await storedCases(datasetName)).toEqual([
    [
      { input: ["#model first question"], tags: ["ab-chat"] },
      { input: ["#model second question"], tags: ["ab-chat"] },
    ],
  ]);

  // The dataset is an ordinary one at /evals: a case of two turns added there is replayed turn after turn.
  await page.getByRole("link", { name: "Open the dataset in Evals" }).click();
  await evalsPage.waitForDatasetPage(datasetName);
  await evalsPage.casesSection.getByRole("button", { name: "Add a case" }).click();
  await evalsPage.fillCase({ messages: ["#model turn one", "#model turn two"] });
  await expect(evalsPage.casesSection.getByRole("cell", { name: /#model turn one/ })).toBeVisible();

  await abChat.goto(a, b);
  await abChat.openTests();
  await expect(page.getByRole("list", { name: "Turns of test message 3" }).getByRole("listitem")).toHaveText([
    "Turn 1: #model turn one",
    "Turn 2: #model turn two",
  ]);
  await abChat.replayButton.click();
  await expect(page.getByRole("status").filter({ hasText: /Replaying test message [1-4] of 4/ })).toBeVisible();
  await expect(abChat.replayReply("A", 4)).toContainText("scripted-model says: turn two", { timeout: 90_000 });
  await expect(abChat.replayReply("B", 4)).toContainText("scripted-model-2 says: turn two", { timeout: 60_000 });
  await expect(abChat.replayButton).toBeEnabled();
  await expect(abChat.latestReplay).toContainText(`${datasetName} · Started`);
  await expect(abChat.latestReplay).toContainText("every message answered");
  await expect(abChat.latestReplay.getByRole("listitem", { name: "Replayed message 3" })).toContainText(
    /case-4, turn 1 of 2: #model turn one/,
  );
  // The replay went through both chats, one message after the other, the case's turns in order.
  await abChat.chatTab.click();
  const sent = ["first question", "second question", "turn one", "turn two"];
  await expect(abChat.a.replies()).toHaveText(sent.map((text) => `scripted-model says: ${text}`));
  await expect(abChat.b.replies()).toHaveText(sent.map((text) => `scripted-model-2 says: ${text}`));

  // After a reload the latest replay is still there, each side's replies next to each other.
  await page.reload();
  await abChat.openTests();
  await expect(abChat.replayReply("A", 1)).toContainText("scripted-model says: first question");
  await expect(abChat.replayReply("B", 1)).toContainText("scripted-model-2 says: first question");
  await expect(abChat.replayReply("A", 3)).toContainText("scripted-model says: turn one");
  await expect(abChat.replayReply("A", 1)).toContainText(/Turn complete · 1 step, \d+ prompt/);

  // The pair is the same in either order: with B on the left, each agent's own replies follow it.
  await abChat.goto(b, a);
  await abChat.openTests();
  await expect(abChat.testMessages()).toHaveCount(3);
  await expect(abChat.replayReply("A", 1)).toContainText("scripted-model-2 says: first question");
  await expect(abChat.replayReply("B", 1)).toContainText("scripted-model says: first question");

  // Picking no dataset leaves the dataset itself alone; picking it again shows its cases.
  await abChat.datasetPicker.selectOption("");
  await expect(page.getByText("No dataset picked yet.")).toBeVisible();
  await expect(abChat.testsTab).toHaveText("Test messages (0)");
  expect((await storedCases(datasetName))[0]).toHaveLength(3);
  await abChat.datasetPicker.selectOption({ label: `${datasetName} (3 cases)` });
  await expect(abChat.testMessages()).toHaveCount(3);

  await abChat.clearReplayButton.click();
  await expect(page.getByText("No replay yet.")).toBeVisible();
  await expectNoSeriousViolationsInBothThemes(page);
});

test("without two known agents the page says so and links to the pair picker", async ({ abChat, page, agent }) => {
  await page.goto("/compare/chat");
  await expect(abChat.problem).toContainText("needs two agents");
  await expect(abChat.pickAgentsLink).toHaveAttribute("href", "/compare");
  await page.goto(`/compare/chat?a=${agent.id}&b=agent-00000000-0000-4000-8000-000000000000`);
  await expect(abChat.problem).toContainText("no agent B (agent-00000000-0000-4000-8000-000000000000)");
  await expect(abChat.pickAgentsLink).toBeVisible();
});

test("under 1024 px the columns become tabs and the composer stays on screen", async ({ abChat, pair, page }) => {
  await page.setViewportSize({ width: 800, height: 700 });
  const { a, b } = pair;
  await abChat.goto(a, b);
  await abChat.send("#model narrow");
  await expect(abChat.a.replies().last()).toHaveText("scripted-model says: narrow");
  await expect(abChat.message).toBeInViewport();
  await page.getByRole("tab", { name: `B: ${b.name}` }).click();
  await expect(abChat.b.replies().last()).toHaveText("scripted-model-2 says: narrow");
  await expect(abChat.message).toBeInViewport();
});

test("works with the keyboard alone: send to both, save a test message, replay it", async ({ abChat, pair, page }) => {
  test.setTimeout(150_000);
  const keyboard = new KeyboardUser(page);
  const { a, b } = pair;
  await abChat.goto(a, b);
  await keyboard.tabTo(abChat.message);
  await page.keyboard.type("#model by keyboard");
  await page.keyboard.press("Enter");
  await expect(abChat.a.replies().last()).toHaveText("scripted-model says: by keyboard");
  await expect(abChat.b.replies().last()).toHaveText("scripted-model-2 says: by keyboard");

  await keyboard.tabTo(abChat.chatTab);
  await page.keyboard.press("ArrowRight");
  await expect(abChat.testsTab).toHaveAttribute("aria-selected", "true");
  await keyboard.tabTo(abChat.newTestMessage);
  await page.keyboard.type("#model replayed by keyboard");
  await keyboard.tabTo(abChat.addTestMessageButton);
  await page.keyboard.press("Enter");
  await expect(abChat.testMessages()).toHaveCount(1);
  await keyboard.tabTo(abChat.replayButton);
  await page.keyboard.press("Enter");
  await expect(abChat.replayReply("B", 1)).toContainText("scripted-model-2 says: replayed by keyboard", {
    timeout: 60_000,
  });
  await expect(abChat.latestReplay).toContainText("every message answered");

  await keyboard.tabTo(abChat.clearReplayButton);
  await page.keyboard.press("Enter");
  await keyboard.tabTo(abChat.testMessageButton("Remove", 1));
  await page.keyboard.press("Enter");
  await expect(page.getByText(`${pairDatasetName(a, b)} has no cases yet.`)).toBeVisible();
  expect(await storedCases(pairDatasetName(a, b))).toEqual([[]]);
});

test("Stop replay ends a replay before its next message and keeps what was answered", async ({
  abChat,
  pair,
  page,
}) => {
  test.setTimeout(120_000);
  const { a, b } = pair;
  await abChat.goto(a, b);
  await abChat.openTests();
  await abChat.addTestMessage("#slow 20 first");
  await abChat.addTestMessage("#model never sent");
  await abChat.replayButton.click();
  await expect(page.getByRole("status").filter({ hasText: "Replaying test message 1 of 2" })).toBeVisible();
  await abChat.stopReplayButton.click();
  await expect(abChat.latestReplay).toContainText("stopped before the end", { timeout: 30_000 });
  await expect(abChat.replayReply("A", 1)).toContainText(/Stopped by you|Turn complete/);
  await expect(abChat.replayReply("B", 1)).toContainText(/Stopped by you|Turn complete/);
  await expect(abChat.replayReply("A", 2)).toContainText("No reply kept.");
  await expect(abChat.replayReply("B", 2)).toContainText("No reply kept.");
  await abChat.chatTab.click();
  await expect(abChat.a.log.getByRole("article", { name: "Your message" })).toHaveCount(1);

  await abChat.openTests();
  await abChat.clearReplayButton.click();
  await expect(page.getByText("No replay yet.")).toBeVisible();
});
