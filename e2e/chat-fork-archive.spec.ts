import { expect, test } from "./fixtures";
import { expectStoredReply } from "./stored-messages";

test("fork from a message: a new conversation holds the history up to it, opens, and the source stays as it was", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  await letta.agents.messages.create(
    agent.id,
    { messages: [{ role: "user", content: "first question" }] },
    { maxRetries: 0 },
  );
  await letta.agents.messages.create(
    agent.id,
    { messages: [{ role: "user", content: "second question" }] },
    { maxRetries: 0 },
  );
  const before = (await letta.agents.retrieve(agent.id)).message_ids ?? [];

  await page.goto(`/agents/${agent.id}`);
  const conversation = agentPage.chat.log;
  await expect(conversation.getByText("You said: second question")).toBeVisible();
  await agentPage.chat.forkButton("You said: first question").click();

  await expect(page).toHaveURL(/[?&]conversation=conv-/);
  const forkId = new URL(page.url()).searchParams.get("conversation") ?? "";
  await expect(conversation.getByText("You said: first question")).toBeVisible();
  await expect(conversation.getByText("second question")).toHaveCount(0);
  await expect(agentPage.chat.conversation).toHaveValue(forkId);
  await expect(
    page
      .getByRole("combobox", { name: "Conversation" })
      .getByRole("option", { name: "Fork: You said: first question" }),
  ).toHaveCount(1);

  // The server holds the fork with the history up to that reply, and the agent's own history is untouched.
  const fork = await letta.conversations.retrieve(forkId);
  expect(fork.agent_id).toBe(agent.id);
  const forked = (await letta.conversations.messages.list(forkId, { limit: 50, order: "asc" })).getPaginatedItems();
  const texts = forked.map((message) => ("content" in message ? JSON.stringify(message.content) : ""));
  expect(texts.some((text) => text.includes("You said: first question"))).toBe(true);
  expect(texts.some((text) => text.includes("second question"))).toBe(false);
  expect((await letta.agents.retrieve(agent.id)).message_ids).toEqual(before);

  // The fork goes its own way: a message sent there stays out of the agent's own history.
  await agentPage.chat.message.fill("only in the fork");
  await agentPage.chat.sendButton.click();
  await expect(conversation.getByText("You said: only in the fork")).toBeVisible();
  await expect(conversation.getByText("Turn complete")).toBeVisible();
  // Once the fork holds the turn, the agent's own history must not.
  await expectStoredReply(letta, agent.id, "You said: only in the fork", { conversationId: forkId });
  const own = (
    await letta.agents.messages.list(agent.id, { limit: 50, conversation_id: "default" })
  ).getPaginatedItems();
  expect(
    own.some((message) => "content" in message && JSON.stringify(message.content).includes("only in the fork")),
  ).toBe(false);

  // Forking a conversation (not the agent's history) at a message works the same way.
  await agentPage.chat.forkButton("You said: first question").click();
  await expect(page).not.toHaveURL(new RegExp(`conversation=${forkId}`));
  await expect(page).toHaveURL(/[?&]conversation=conv-/);
  await expect(conversation.getByText("You said: first question")).toBeVisible();
  await expect(conversation.getByText("only in the fork")).toHaveCount(0);
});

test("a message no longer in the agent's context cannot be forked, and the reason is shown", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  await letta.agents.messages.create(
    agent.id,
    { messages: [{ role: "user", content: "before the reset" }] },
    { maxRetries: 0 },
  );
  await letta.agents.messages.reset(agent.id, { add_default_initial_messages: false });
  await page.goto(`/agents/${agent.id}`);
  await agentPage.chat.forkButton("You said: before the reset").click();
  await expect(page.getByRole("alert").filter({ hasText: "no longer in the agent's context" })).toBeVisible();
  await expect(page).not.toHaveURL(/conversation=/);
  expect(await letta.conversations.list({ agent_id: agent.id })).toHaveLength(0);
});

test("a conversation is archived and restored; the server keeps it and its messages, the default history cannot be archived", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  const created = await letta.conversations.create({ agent_id: agent.id, summary: "Old topic" });
  const stream = await letta.conversations.messages.create(
    created.id,
    { messages: [{ role: "user", content: "kept while archived" }] },
    { maxRetries: 0 },
  );
  for await (const chunk of stream) void chunk;

  await page.goto(`/agents/${agent.id}`);
  await expect(agentPage.chat.conversation.getByRole("option", { name: "Old topic" })).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Archive conversation" })).toHaveCount(0);

  await page.goto(`/agents/${agent.id}?conversation=${created.id}`);
  const conversation = agentPage.chat.log;
  await expect(conversation.getByText("You said: kept while archived")).toBeVisible();
  await page.getByRole("button", { name: "Archive conversation" }).click();

  await expect(page).not.toHaveURL(/conversation=/);
  const picker = agentPage.chat.conversation;
  await expect(picker.getByRole("option", { name: "Old topic (archived)" })).toHaveCount(1);
  await expect(picker.getByRole("option", { name: "Old topic", exact: true })).toHaveCount(0);
  // Archived, not deleted: the server still holds the conversation and its messages.
  expect((await letta.conversations.retrieve(created.id)).id).toBe(created.id);
  const held = (await letta.conversations.messages.list(created.id, { limit: 20 })).getPaginatedItems();
  expect(
    held.some((message) => "content" in message && JSON.stringify(message.content).includes("kept while archived")),
  ).toBe(true);

  // It stays archived across a reload, opens read from the archive, and is restored from there.
  await page.reload();
  await picker.selectOption({ label: "Old topic (archived)" });
  await expect(page).toHaveURL(new RegExp(`conversation=${created.id}`));
  await expect(conversation.getByText("You said: kept while archived")).toBeVisible();
  await page.getByRole("button", { name: "Restore conversation" }).click();
  await expect(picker.getByRole("option", { name: "Old topic", exact: true })).toHaveCount(1);
  await expect(picker.getByRole("option", { name: "Old topic (archived)" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Archive conversation" })).toBeVisible();
});
