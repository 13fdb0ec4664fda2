import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures";
import { AgentPage } from "./pages/agent-page";
import { startAde, type AdeProcess } from "./ade-process";
import { startConnectionCutter } from "./connection-cutter";
import { createSharedDatabase, type SharedDatabase } from "./shared-database";
import { adeBaseUrl, extraAdePort, testStack } from "./test-stack";

/** A second person's browser (its own context: its own cookies, its own tab), on the agent's page. */
async function viewer(browser: Browser, agentId: string, baseURL = adeBaseUrl) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const agentPage = new AgentPage(page);
  await agentPage.goto(agentId);
  await expect(agentPage.chat.log.getByText("Start of the conversation")).toBeVisible();
  return { context, page, agentPage };
}

test("a turn typed in one browser streams in another before it ends, and memory the agent changes shows in both", async ({
  browser,
  agent,
  agentPage,
  letta,
}) => {
  await agentPage.goto(agent.id);
  const other = await viewer(browser, agent.id);
  try {
    await agentPage.chat.send("#slow 20 watched live");
    const watched = other.agentPage.chat;
    await expect(watched.watchedTurnMark).toHaveText("Sent from another tab");
    await expect(watched.log).toContainText("#slow 20 watched live");
    // Token by token: the watcher has the first parts while the sender's turn is still streaming.
    await expect(watched.log).toContainText("Slow part 3 of 20.");
    await expect(agentPage.chat.stopButton).toBeVisible();
    await expect(agentPage.chat.log).not.toContainText("Turn complete");
    await expect(watched.log).toContainText("Slow part 20 of 20.");
    await expect(watched.log.getByText("Turn complete")).toBeVisible();
    await expect(agentPage.chat.log.getByText("Turn complete")).toBeVisible();
    // The sender's own page shows its turn once, without the mark.
    await expect(agentPage.chat.watchedTurnMark).toHaveCount(0);
    await expect(agentPage.chat.log.getByText("#slow 20 watched live", { exact: true })).toHaveCount(1);
    await expect(watched.log.getByText("#slow 20 watched live", { exact: true })).toHaveCount(1);

    await agentPage.chat.sendAndExpect("#remember the watcher saw this", /Done: memory_insert/);
    for (const page of [agentPage, other.agentPage])
      await expect(page.memory.card("human")).toContainText("the watcher saw this");
    const human = await letta.agents.blocks.retrieve("human", { agent_id: agent.id });
    expect(human.value).toContain("the watcher saw this");
  } finally {
    await other.context.close();
  }
});

test("a turn sent from outside the ADE appears in every viewer", async ({ browser, agent, agentPage, letta }) => {
  await agentPage.goto(agent.id);
  const other = await viewer(browser, agent.id);
  try {
    await letta.agents.messages.create(
      agent.id,
      { messages: [{ role: "user", content: "from the SDK" }] },
      { maxRetries: 0 },
    );
    for (const page of [agentPage, other.agentPage]) {
      await expect(page.chat.log.getByText("You said: from the SDK")).toBeVisible();
      await expect(page.chat.log.getByText("from the SDK", { exact: true })).toHaveCount(1);
    }
  } finally {
    await other.context.close();
  }
});

test("a viewer that loses its connection resumes without duplicated or missing messages", async ({
  browser,
  agent,
  agentPage,
  letta,
}) => {
  // The viewer reaches the ADE through a relay that can drop its connections.
  const cutter = await startConnectionCutter(testStack.adePort, extraAdePort(7));
  await agentPage.goto(agent.id);
  const other = await viewer(browser, agent.id, cutter.baseUrl);
  try {
    await agentPage.chat.sendAndExpect("before the break", "You said: before the break");
    await expect(other.agentPage.chat.log.getByText("You said: before the break")).toBeVisible();

    const streams: string[] = [];
    other.page.on("request", (request) => {
      if (request.url().includes("/watch?")) streams.push(request.url());
    });
    cutter.cut();
    await agentPage.chat.sendAndExpect("during the break", "You said: during the break");
    await letta.agents.messages.create(
      agent.id,
      { messages: [{ role: "user", content: "also during" }] },
      { maxRetries: 0 },
    );
    await expect(agentPage.chat.log.getByText("You said: also during")).toBeVisible();
    await expect(other.agentPage.chat.log.getByText("You said: during the break")).toHaveCount(0);
    cutter.restore();
    // The page opens its stream again by itself (the browser resumes from the last event it had).
    await expect.poll(() => streams.length, { timeout: 20_000 }).toBeGreaterThan(0);

    const log = other.agentPage.chat.log;
    for (const text of ["before the break", "during the break", "also during"]) {
      await expect(log.getByText(`You said: ${text}`)).toHaveCount(1);
      await expect(log.getByText(text, { exact: true })).toHaveCount(1);
    }
    const replies = await log.getByRole("article", { name: "Agent reply" }).allTextContents();
    expect(replies.map((text) => text.trim())).toEqual([
      "You said: before the break",
      "You said: during the break",
      "You said: also during",
    ]);
  } finally {
    await other.context.close();
    await cutter.close();
  }
});

test("deleting the agent ends its viewers' streams with a message", async ({ browser, agent, agentPage, letta }) => {
  await agentPage.goto(agent.id);
  const other = await viewer(browser, agent.id);
  try {
    await agentPage.chat.sendAndExpect("one turn first", "You said: one turn first");
    await letta.agents.delete(agent.id);
    for (const page of [agentPage, other.agentPage]) await expect(page.deletedNotice).toBeVisible({ timeout: 30_000 });
  } finally {
    await other.context.close();
  }
});

test.describe("two ADE servers on one database", () => {
  let database: SharedDatabase;
  let servers: AdeProcess[] = [];

  test.beforeAll(async () => {
    database = await createSharedDatabase();
    servers = await Promise.all([
      startAde(6, { ADE_DATABASE_URL: database.url }),
      startAde(8, { ADE_DATABASE_URL: database.url }),
      startAde(9, { ADE_DATABASE_URL: database.url, ADE_DEMO_MODE: "1" }),
    ]);
  });

  test.afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await database?.drop();
  });

  test("a turn typed on one server streams to a viewer on the other before it ends, with memory changes", async ({
    browser,
    agent,
  }) => {
    const [first, second] = servers;
    if (!first || !second) throw new Error("the servers did not start");
    const sender = await viewer(browser, agent.id, first.baseUrl);
    const watcher = await viewer(browser, agent.id, second.baseUrl);
    try {
      await sender.agentPage.chat.send("#slow 20 across servers");
      const watched = watcher.agentPage.chat;
      await expect(watched.watchedTurnMark).toHaveText("Sent from another tab");
      await expect(watched.log).toContainText("Slow part 3 of 20.");
      await expect(sender.agentPage.chat.log).not.toContainText("Turn complete");
      await expect(watched.log.getByText("Turn complete")).toBeVisible();
      await expect(watched.log.getByText("#slow 20 across servers", { exact: true })).toHaveCount(1);

      await sender.agentPage.chat.sendAndExpect("#remember seen on both servers", /Done: memory_insert/);
      for (const page of [sender.agentPage, watcher.agentPage])
        await expect(page.memory.card("human")).toContainText("seen on both servers");
    } finally {
      await Promise.all([sender.context.close(), watcher.context.close()]);
    }
  });

  test("a demo viewer on another server watches the turn token by token", async ({ browser, agent }) => {
    const [first, , demo] = servers;
    if (!first || !demo) throw new Error("the servers did not start");
    const sender = await viewer(browser, agent.id, first.baseUrl);
    const watcher = await viewer(browser, agent.id, demo.baseUrl);
    try {
      await sender.agentPage.chat.send("#slow 20 to the demo");
      const watched = watcher.agentPage.chat;
      await expect(watched.watchedTurnMark).toHaveText("Sent from another tab");
      await expect(watched.log).toContainText("Slow part 3 of 20.");
      await expect(sender.agentPage.chat.log).not.toContainText("Turn complete");
      await expect(watched.log.getByText("Turn complete")).toBeVisible();
    } finally {
      await Promise.all([sender.context.close(), watcher.context.close()]);
    }
  });
});
