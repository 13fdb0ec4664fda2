import type { Page } from "@playwright/test";
import { expect, test as base } from "./fixtures";
import { expectStoredReply } from "./stored-messages";
import { lettaProcess } from "./letta-outage";
import { ChatPane } from "./pages/chat-pane";

/** Stops Letta on demand; whatever happens in the test, Letta runs and is healthy again afterwards. */
const test = base.extend<{ outage: { stop: (graceMs?: number) => Promise<void>; start: () => Promise<void> } }>({
  outage: async ({}, use) => {
    let down = false;
    await use({
      stop: async (graceMs) => {
        down = true;
        await lettaProcess.stop({ graceMs });
      },
      start: async () => {
        await lettaProcess.start();
        down = false;
      },
    });
    if (down) await lettaProcess.start();
  },
});

// Restarting Letta has taken three minutes on a busy 2-core machine.
test.describe.configure({ timeout: 360_000 });

const serverState = (page: Page) => page.getByRole("region", { name: "Letta server" }).getByRole("status");

test("Letta down: a send keeps the typed text, pages say why in place, and both recover by themselves when it is back", async ({
  page,
  context,
  agent,
  letta,
  outage,
  agentPage,
}) => {
  await page.goto(`/agents/${agent.id}`);
  await expect(agentPage.chat.log.getByText("Start of the conversation")).toBeVisible();
  await outage.stop();

  // An open page: the send fails with the reason, the text stays, the header follows.
  const input = agentPage.chat.message;
  await input.fill("a message typed during the outage");
  await agentPage.chat.sendButton.click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("cannot be reached");
  await expect(input).toHaveValue("a message typed during the outage");
  await expect(serverState(page)).toHaveText("Unreachable");

  // Pages loaded during the outage: a clear message where the content would be.
  const other = await context.newPage();
  await other.goto("/agents");
  await expect(other.getByRole("main").getByRole("alert")).toContainText("Could not load agents");
  await expect(other.getByRole("main").getByRole("alert")).toContainText("cannot be reached");
  await expect(serverState(other)).toHaveText("Unreachable");
  await other.goto(`/agents/${agent.id}`);
  await expect(other.getByRole("heading", { level: 1, name: "Could not load the agent" })).toBeVisible();
  await expect(other.getByRole("main").getByRole("alert")).toContainText("Start the Letta server");

  await outage.start();
  // No reload: the header sees the server again and the page loads what failed.
  await expect(serverState(other)).toHaveText("Connected", { timeout: 30_000 });
  await expect(other.getByRole("heading", { level: 1, name: agent.name })).toBeVisible();
  await expect(new ChatPane(other).log.getByText("Start of the conversation")).toBeVisible();
  await expect(other.getByRole("main").getByRole("alert")).toHaveCount(0);

  await expect(serverState(page)).toHaveText("Connected", { timeout: 30_000 });
  await expect(input).toHaveValue("a message typed during the outage");
  await page.getByRole("button", { name: "Retry" }).click();
  const conversation = agentPage.chat.log;
  await expect(conversation.getByRole("article", { name: "Agent reply" }).last()).toHaveText(
    "You said: a message typed during the outage",
    { timeout: 60_000 },
  );
  await expect(input).toHaveValue("");
  await expectStoredReply(letta, agent.id, "You said: a message typed during the outage");
});

test("Letta stopped in the middle of a stream: what streamed stays, the turn ends with why, and chat works again", async ({
  page,
  agent,
  outage,
  agentPage,
}) => {
  await page.goto(`/agents/${agent.id}`);
  const conversation = agentPage.chat.log;
  await agentPage.chat.message.fill("#slow 60 an answer that will be cut");
  await agentPage.chat.sendButton.click();
  const reply = conversation.getByRole("article", { name: "Agent reply" }).last();
  await expect(reply).toContainText("Slow part 3");

  await outage.stop(1_000);
  await expect(conversation.getByRole("alert")).toContainText(
    /broke in the middle of the reply|closed the reply before the turn finished/,
  );
  await expect(reply).toContainText("Slow part 1 of 60. Slow part 2 of 60. Slow part 3 of 60.");
  await expect(agentPage.chat.stopButton).toHaveCount(0);
  await expect(serverState(page)).toHaveText("Unreachable");
  const input = agentPage.chat.message;
  await input.fill("typed while the server is down");

  await outage.start();
  await expect(serverState(page)).toHaveText("Connected", { timeout: 30_000 });
  await expect(input).toHaveValue("typed while the server is down");
  await expect(reply).toContainText("Slow part 3 of 60.");
  await agentPage.chat.sendButton.click();
  await expect(conversation.getByRole("article", { name: "Agent reply" }).last()).toHaveText(
    "You said: typed while the server is down",
    { timeout: 60_000 },
  );
});

test("the model failing: Letta's reason in place, the message stays in the transcript, the next one works", async ({
  page,
  agent,
  agentPage,
}) => {
  await page.goto(`/agents/${agent.id}`);
  const conversation = agentPage.chat.log;
  await agentPage.chat.message.fill("#error 503 the provider is down");
  await agentPage.chat.sendButton.click();
  await expect(conversation.getByRole("alert")).toBeVisible({ timeout: 30_000 });
  await expect(conversation.getByRole("alert")).not.toBeEmpty();
  await expect(conversation.getByRole("article", { name: "Your message" }).last()).toHaveText(
    "#error 503 the provider is down",
  );
  await expect(agentPage.chat.stopButton).toHaveCount(0);
  await expect(serverState(page)).toHaveText("Connected");

  await agentPage.chat.message.fill("and now a normal message");
  await agentPage.chat.sendButton.click();
  await expect(conversation.getByRole("article", { name: "Agent reply" }).last()).toHaveText(
    "You said: and now a normal message",
    { timeout: 60_000 },
  );
});

test("a slow reply shows progress as it comes, and a draft typed meanwhile is kept", async ({
  page,
  agent,
  agentPage,
}) => {
  await page.goto(`/agents/${agent.id}`);
  const conversation = agentPage.chat.log;
  const input = agentPage.chat.message;
  await input.fill("#slow 20 take your time");
  await agentPage.chat.sendButton.click();
  await expect(conversation.getByText("Streaming…")).toBeVisible();
  const reply = conversation.getByRole("article", { name: "Agent reply" }).last();
  await expect(reply).toContainText("Slow part 2 of 20.");
  await input.fill("my next question");
  await expect(reply).toContainText("Slow part 20 of 20.", { timeout: 45_000 });
  await expect(conversation.getByText("Turn complete").last()).toBeVisible();
  await expect(input).toHaveValue("my next question");
});
