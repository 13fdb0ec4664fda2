import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ChatPane } from "./pages/chat-pane";
import { expectStored } from "./stored-messages";

const distanceFromBottom = (page: Page) =>
  new ChatPane(page).log.evaluate((element) => element.scrollHeight - element.scrollTop - element.clientHeight);

/** How far the list can scroll: 0 until its content is taller than the list. */
const scrollRoom = (page: Page) =>
  new ChatPane(page).log.evaluate((element) => element.scrollHeight - element.clientHeight);

/** The first message whose top is inside the list's viewport, and how far below the list's top it sits. */
const topmostMessage = (page: Page) =>
  new ChatPane(page).log.evaluate((list) => {
    const top = list.getBoundingClientRect().top;
    for (const article of list.querySelectorAll("article")) {
      const box = article.getBoundingClientRect();
      if (box.top >= top) return { text: article.querySelector("p")?.textContent, offset: Math.round(box.top - top) };
    }
    return null;
  });

test("messages sent from elsewhere appear while the page is open, once each, next to the page's own turns", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  await page.goto(`/agents/${agent.id}`);
  const conversation = agentPage.chat.log;
  await expect(conversation.getByText("Start of the conversation")).toBeVisible();

  await letta.agents.messages.create(
    agent.id,
    { messages: [{ role: "user", content: "sent through the SDK" }] },
    { maxRetries: 0 },
  );
  await expect(conversation.getByText("You said: sent through the SDK")).toBeVisible();
  await expect(conversation.getByText("sent through the SDK", { exact: true })).toHaveCount(1);

  await agentPage.chat.message.fill("sent from the page");
  await agentPage.chat.sendButton.click();
  await expect(conversation.getByText("Turn complete")).toBeVisible();

  // Another message from elsewhere: once it shows, the page has polled since its own turn ended.
  await letta.agents.messages.create(
    agent.id,
    { messages: [{ role: "user", content: "and the SDK again" }] },
    { maxRetries: 0 },
  );
  await expect(conversation.getByText("You said: and the SDK again")).toBeVisible();
  await expect(conversation.getByText("sent from the page", { exact: true })).toHaveCount(1);
  await expect(conversation.getByText("You said: sent from the page")).toHaveCount(1);
  await expect(conversation.getByText("You said: sent through the SDK")).toHaveCount(1);
  // In the order the server holds them.
  const replies = await conversation.getByRole("article", { name: "Agent reply" }).allTextContents();
  expect(replies.map((text) => text.trim())).toEqual([
    "You said: sent through the SDK",
    "You said: sent from the page",
    "You said: and the SDK again",
  ]);
});

test("a message from elsewhere leaves the user's scroll position alone and offers a jump to it", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  await letta.agents.messages.create(
    agent.id,
    {
      messages: Array.from({ length: 40 }, (_, index) => ({
        role: "user" as const,
        content: `earlier message ${index + 1}`,
      })),
    },
    { maxRetries: 0, timeout: 120_000 },
  );
  await page.goto(`/agents/${agent.id}`);
  const conversation = agentPage.chat.log;
  await expect(conversation.getByText("You said: earlier message 40")).toBeVisible();
  // The history is long enough to scroll before the reader scrolls up (one scroll: the list must not undo it).
  await expect.poll(() => scrollRoom(page)).toBeGreaterThan(1_000);

  await conversation.evaluate((element) => element.scrollTo({ top: element.scrollHeight / 2 }));
  await expect.poll(() => distanceFromBottom(page)).toBeGreaterThan(200);
  const reading = await topmostMessage(page);
  expect(reading).not.toBeNull();

  await letta.agents.messages.create(
    agent.id,
    { messages: [{ role: "user", content: "arrived while reading" }] },
    { maxRetries: 0 },
  );
  const jump = page.getByRole("button", { name: "New messages below" });
  await expect(jump).toBeVisible();
  expect(await topmostMessage(page)).toEqual(reading);
  await expect(conversation.getByText("You said: arrived while reading")).not.toBeInViewport();

  await jump.click();
  await expect(conversation.getByText("You said: arrived while reading")).toBeInViewport();
  await expect(jump).toHaveCount(0);
});

test("a reader who just scrolled up stays there when the list changes before the browser reports the scroll", async ({
  page,
  agent,
  letta,
}) => {
  await letta.agents.messages.create(
    agent.id,
    {
      messages: Array.from({ length: 40 }, (_, index) => ({
        role: "user" as const,
        content: `earlier message ${index + 1}`,
      })),
    },
    { maxRetries: 0, timeout: 120_000 },
  );
  await page.goto(`/agents/${agent.id}`);
  const conversation = new ChatPane(page).log;
  await expect(conversation.getByText("You said: earlier message 40")).toBeVisible();
  await expect.poll(() => scrollRoom(page)).toBeGreaterThan(1_000);

  // The browser reports a scroll a frame later; a render in that gap (here a message arriving) once pulled
  // the reader back down. Holding the list's scroll events back makes the gap last as long as the test needs.
  await conversation.evaluate((element) => {
    const hold = (event: Event) => {
      if (event.target === element) event.stopImmediatePropagation();
    };
    window.addEventListener("scroll", hold, true);
    Object.assign(window, { releaseScrollEvents: () => window.removeEventListener("scroll", hold, true) });
    element.scrollTo({ top: element.scrollHeight / 2 });
  });
  await letta.agents.messages.create(
    agent.id,
    { messages: [{ role: "user", content: "arrived before the scroll was reported" }] },
    { maxRetries: 0 },
  );
  const jump = page.getByRole("button", { name: "New messages below" });
  await expect(jump).toBeVisible();
  expect(await distanceFromBottom(page)).toBeGreaterThan(200);
  await page.evaluate(() => (window as unknown as { releaseScrollEvents: () => void }).releaseScrollEvents());
  await expect(conversation.getByText("You said: arrived before the scroll was reported")).not.toBeInViewport();

  await jump.click();
  await expect(conversation.getByText("You said: arrived before the scroll was reported")).toBeInViewport();
});

test("the list sticks to the bottom while a reply streams, until the user scrolls up", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  await letta.agents.messages.create(
    agent.id,
    {
      messages: Array.from({ length: 30 }, (_, index) => ({
        role: "user" as const,
        content: `earlier message ${index + 1}`,
      })),
    },
    { maxRetries: 0, timeout: 120_000 },
  );
  await page.goto(`/agents/${agent.id}`);
  const conversation = agentPage.chat.log;
  await expect(conversation.getByText("You said: earlier message 30")).toBeVisible();
  await expect.poll(() => scrollRoom(page)).toBeGreaterThan(1_000);
  await agentPage.chat.message.fill("#slow 60 a long streamed answer");
  await agentPage.chat.sendButton.click();
  const reply = conversation.getByRole("article", { name: "Agent reply" }).last();

  // While it streams and grows, the newest text stays in view.
  await expect(reply).toContainText("Slow part 12", { timeout: 30_000 });
  await expect.poll(() => distanceFromBottom(page)).toBeLessThan(48);
  await expect(reply).toContainText("Slow part 16", { timeout: 30_000 });
  await expect.poll(() => distanceFromBottom(page)).toBeLessThan(48);

  // Scrolled up, it stays where the user put it while the reply keeps growing.
  await conversation.evaluate((element) => element.scrollTo({ top: element.scrollHeight / 3 }));
  await expect.poll(() => distanceFromBottom(page)).toBeGreaterThan(200);
  const reading = await topmostMessage(page);
  expect(reading).not.toBeNull();
  // The reply streams on to its end (Stop goes away) without moving the list.
  await expect(agentPage.chat.stopButton).toHaveCount(0, { timeout: 30_000 });
  expect(await topmostMessage(page)).toEqual(reading);
  expect(await distanceFromBottom(page)).toBeGreaterThan(200);
  await expectStored(
    letta,
    agent.id,
    "the whole streamed reply",
    (message) =>
      message.message_type === "assistant_message" &&
      typeof message.content === "string" &&
      message.content.includes("Slow part 60 of 60"),
    { limit: 1 },
  );
});
