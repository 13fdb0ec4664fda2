import type Letta from "@letta-ai/letta-client";
import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures";
import { AgentPage } from "./pages/agent-page";
import { startAde, type AdeProcess } from "./ade-process";
import { startConnectionCutter } from "./connection-cutter";
import { createSharedDatabase, type SharedDatabase } from "./shared-database";
import { adeBaseUrl, e2eSecrets, extraAdePort, testStack } from "./test-stack";

/**
 * A second person's browser (its own context: its own cookies, its own tab), on the agent's page. On an ADE
 * with an access password, `login` logs in first, with the name given (or none).
 */
async function viewer(
  browser: Browser,
  agentId: string,
  baseURL = adeBaseUrl,
  options: { login?: { name?: string }; waitForHistory?: boolean } = {},
) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const agentPage = new AgentPage(page);
  if (options.login) {
    await page.goto(`/agents/${agentId}`);
    await page.getByLabel("Access password").fill(e2eSecrets.accessPassword);
    if (options.login.name) await page.getByLabel("Your name (optional)").fill(options.login.name);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(agentPage.heading).toBeVisible({ timeout: 45_000 });
  } else await agentPage.goto(agentId);
  if (options.waitForHistory !== false)
    await expect(agentPage.chat.log.getByText("Start of the conversation")).toBeVisible();
  return { context, page, agentPage };
}

/** The runs Letta holds for the agent, newest first, with their status. */
async function runStatuses(letta: Letta, agentId: string): Promise<string[]> {
  const runs = await letta.runs.list({ agent_id: agentId, limit: 5, order: "desc" });
  return runs.getPaginatedItems().map((run) => run.status ?? "unknown");
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

test("someone who opens the page mid-turn sees the turn so far, then the rest", async ({
  browser,
  agent,
  agentPage,
}) => {
  await agentPage.goto(agent.id);
  await agentPage.chat.send("#slow 80 opened mid-turn");
  await expect(agentPage.chat.log).toContainText("Slow part 4 of 80.");
  const late = await viewer(browser, agent.id, adeBaseUrl, { waitForHistory: false });
  try {
    const watched = late.agentPage.chat;
    await expect(watched.watchedTurnMark).toHaveText("Sent from another tab");
    // What was streamed before the page opened is there (Letta has saved none of it yet), and the rest follows.
    await expect(watched.log).toContainText("Slow part 1 of 80. Slow part 2 of 80. Slow part 3 of 80.");
    await expect(agentPage.chat.log).not.toContainText("Turn complete");
    await expect(watched.log).toContainText("Slow part 80 of 80.", { timeout: 45_000 });
    await expect(watched.log.getByText("#slow 80 opened mid-turn", { exact: true })).toHaveCount(1);
    await expect(watched.log.getByText("Slow part 1 of 80.", { exact: false })).toHaveCount(1);
  } finally {
    await late.context.close();
  }
});

test("a turn sent with the SDK shows as running in an open page before it ends, then its messages", async ({
  agent,
  agentPage,
  letta,
}) => {
  await agentPage.goto(agent.id);
  await expect(agentPage.chat.log.getByText("Start of the conversation")).toBeVisible();
  let ended = false;
  // Not streamed: the scripted model answers after 100 × 300 ms, and Letta saves the step's messages then.
  const sent = letta.agents.messages
    .create(agent.id, { messages: [{ role: "user", content: "#slow 100 from a script" }] }, { maxRetries: 0 })
    .finally(() => (ended = true));
  const running = agentPage.chat.log.getByRole("note").filter({ hasText: "Sent from outside the ADE: running…" });
  await expect(running).toBeVisible();
  expect(ended).toBe(false);
  await sent;
  await expect(agentPage.chat.log).toContainText("Slow part 100 of 100.");
  await expect(running).toHaveCount(0);
  await expect(agentPage.chat.log.getByRole("note").filter({ hasText: /^Sent from outside the ADE$/ })).toHaveCount(1);
  await expect(agentPage.chat.log.getByText("#slow 100 from a script", { exact: true })).toHaveCount(1);
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

test.describe("ADE servers on one database, behind the access password", () => {
  let database: SharedDatabase;
  let servers: AdeProcess[] = [];
  const access = { ADE_ACCESS_PASSWORD: e2eSecrets.accessPassword, ADE_SESSION_SECRET: e2eSecrets.sessionSecret };

  test.beforeAll(async () => {
    database = await createSharedDatabase();
    // Two ADE servers, and a third that is a demo allowing chat: its viewers watch and may stop, never approve.
    servers = await Promise.all([
      startAde(6, { ADE_DATABASE_URL: database.url, ...access }),
      startAde(8, { ADE_DATABASE_URL: database.url, ...access }),
      startAde(9, { ADE_DATABASE_URL: database.url, ...access, ADE_DEMO_MODE: "1", ADE_DEMO_ALLOW_CHAT: "1" }),
    ]);
  });

  test.afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await database?.drop();
  });

  const theServers = () => {
    const [first, second, demo] = servers;
    if (!first || !second || !demo) throw new Error("the servers did not start");
    return { first, second, demo };
  };

  test("a turn typed on one server streams to a viewer on the other before it ends, marked with the sender's name", async ({
    browser,
    agent,
  }) => {
    const { first, second } = theServers();
    const sender = await viewer(browser, agent.id, first.baseUrl, { login: { name: "Ada" } });
    const watcher = await viewer(browser, agent.id, second.baseUrl, { login: { name: "Grace" } });
    try {
      await expect(sender.page.getByRole("button", { name: "Log out" })).toHaveAccessibleDescription(
        "Logged in as Ada",
      );
      await sender.agentPage.chat.send("#slow 20 across servers");
      const watched = watcher.agentPage.chat;
      await expect(watched.watchedTurnMark).toHaveText("Sent by Ada");
      await expect(watched.log).toContainText("Slow part 3 of 20.");
      await expect(sender.agentPage.chat.log).not.toContainText("Turn complete");
      await test
        .info()
        .attach("the watcher's view", { body: await watcher.page.screenshot(), contentType: "image/png" });
      await expect(watched.log.getByText("Turn complete")).toBeVisible();
      await expect(watched.log.getByText("#slow 20 across servers", { exact: true })).toHaveCount(1);
      await expect(sender.agentPage.chat.watchedTurnMark).toHaveCount(0);

      await sender.agentPage.chat.sendAndExpect("#remember seen on both servers", /Done: memory_insert/);
      for (const page of [sender.agentPage, watcher.agentPage])
        await expect(page.memory.card("human")).toContainText("seen on both servers");
    } finally {
      await Promise.all([sender.context.close(), watcher.context.close()]);
    }
  });

  test("a demo viewer on another server watches token by token, a late viewer sees the turn so far, and Stop from the demo stops it for all", async ({
    browser,
    agent,
    letta,
  }) => {
    const { first, second, demo } = theServers();
    const sender = await viewer(browser, agent.id, first.baseUrl, { login: { name: "Ada" } });
    const watcher = await viewer(browser, agent.id, demo.baseUrl, { login: {} });
    let late: Awaited<ReturnType<typeof viewer>> | undefined;
    try {
      await sender.agentPage.chat.send("#slow 150 to the demo");
      const watched = watcher.agentPage.chat;
      await expect(watched.watchedTurnMark).toHaveText("Sent by Ada");
      await expect(watched.log).toContainText("Slow part 3 of 150.");
      await expect(sender.agentPage.chat.log).not.toContainText("Slow part 150 of 150.");

      // Opened mid-turn on the other server: the turn so far (sent before the page opened), then the rest.
      late = await viewer(browser, agent.id, second.baseUrl, { login: { name: "Grace" }, waitForHistory: false });
      await expect(late.agentPage.chat.watchedTurnMark).toHaveText("Sent by Ada");
      await expect(late.agentPage.chat.log).toContainText("Slow part 1 of 150. Slow part 2 of 150.");
      const shown = (await late.agentPage.chat.log.textContent()) ?? "";
      const parts = [...shown.matchAll(/Slow part (\d+) of 150\./g)].map((match) => Number(match[1]));
      const next = Math.max(0, ...parts) + 2;
      await expect(late.agentPage.chat.log).toContainText(`Slow part ${next} of 150.`);

      // The demo allows chatting, so its viewer may stop the turn: it stops for everyone.
      await watched.stopButton.click();
      for (const page of [sender.agentPage, watcher.agentPage, late.agentPage]) {
        await expect(page.chat.stopButton).toHaveCount(0);
        await expect(page.chat.log).toContainText("Stopped");
      }
      for (const page of [watcher.agentPage, late.agentPage])
        await expect(page.chat.log).not.toContainText("Stopped by you");
      await expect(sender.agentPage.chat.log).not.toContainText("Slow part 150 of 150.");
      await expect.poll(() => runStatuses(letta, agent.id)).toContain("cancelled");
    } finally {
      await Promise.all([sender.context.close(), watcher.context.close(), late?.context.close()]);
    }
  });

  test("a demo viewer sees an approval request but cannot approve it; the sender can", async ({
    browser,
    agent,
    letta,
  }) => {
    const { first, demo } = theServers();
    await letta.patch(`/v1/agents/${agent.id}/tools/approval/memory_insert`, { body: { requires_approval: true } });
    const sender = await viewer(browser, agent.id, first.baseUrl, { login: { name: "Ada" } });
    const watcher = await viewer(browser, agent.id, demo.baseUrl, { login: {} });
    try {
      await sender.agentPage.chat.send("#remember only if approved");
      const request = (page: AgentPage) =>
        page.chat.log.getByRole("article", { name: "Approval request memory_insert" });
      await expect(request(watcher.agentPage)).toContainText("only if approved");
      const approve = watcher.page
        .getByRole("region", { name: "Approval needed" })
        .getByRole("button", { name: "Approve" });
      await expect(approve).toBeDisabled();
      await expect(approve).toHaveAccessibleDescription(/Read-only demo: changes are turned off/);
      // The demo's server refuses it too, whatever the page does.
      const refused = await watcher.page.request.post(`${demo.baseUrl}/api/agents/${agent.id}/messages`, {
        headers: { origin: demo.baseUrl },
        data: { kind: "approval", toolCallId: "toolu_demo", approve: true },
      });
      expect(refused.status()).toBe(403);
      expect(await refused.text()).toContain("This ADE is a read-only demo");

      await sender.page
        .getByRole("region", { name: "Approval needed" })
        .getByRole("button", { name: "Approve" })
        .click();
      await expect(watcher.agentPage.chat.log).toContainText("Done: memory_insert", { timeout: 45_000 });
      await expect(watcher.agentPage.memory.card("human")).toContainText("only if approved");
      const human = await letta.agents.blocks.retrieve("human", { agent_id: agent.id });
      expect(human.value).toContain("only if approved");
    } finally {
      await Promise.all([sender.context.close(), watcher.context.close()]);
    }
  });
});
