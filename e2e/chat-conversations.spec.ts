import { expect, test } from "./fixtures";
import { expectStored } from "./stored-messages";

test("conversations are created, named and switched, each with its own messages, and the URL opens the same view", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  await page.goto(`/agents/${agent.id}`);
  const conversation = agentPage.chat.log;
  const input = agentPage.chat.message;
  await input.fill("hello from the default history");
  await agentPage.chat.sendButton.click();
  await expect(conversation.getByText("You said: hello from the default history")).toBeVisible();

  await page.getByRole("button", { name: "New conversation" }).click();
  await expect(page).toHaveURL(/[?&]conversation=conv-/);
  const conversationId = new URL(page.url()).searchParams.get("conversation") ?? "";
  await expect(conversation.getByText("You said: hello from the default history")).toHaveCount(0);

  await input.fill("hello from the side conversation");
  await agentPage.chat.sendButton.click();
  await expect(conversation.getByText("You said: hello from the side conversation")).toBeVisible();
  await expect(conversation.getByText("Turn complete")).toBeVisible();

  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByRole("textbox", { name: "Conversation name" }).fill("Side talk");
  await page.getByRole("button", { name: "Save name" }).click();
  const picker = agentPage.chat.conversation;
  await expect(picker.getByRole("option", { name: "Side talk" })).toHaveCount(1);

  // The server holds the message in that conversation, not in the agent's own history.
  await expectStored(
    letta,
    agent.id,
    "the message in the conversation",
    (message) =>
      message.message_type === "user_message" && JSON.stringify(message.content).includes("side conversation"),
    { conversationId },
  );
  // The rename shows at once (optimistic); wait until the server holds it.
  await expect.poll(async () => (await letta.conversations.retrieve(conversationId)).summary).toBe("Side talk");

  await picker.selectOption({ label: "Default (agent history)" });
  await expect(page).not.toHaveURL(/conversation=/);
  await expect(conversation.getByText("You said: hello from the default history")).toBeVisible();
  await expect(conversation.getByText("You said: hello from the side conversation")).toHaveCount(0);

  // A link opens the same conversation.
  await page.goto(`/agents/${agent.id}?conversation=${conversationId}`);
  await expect(agentPage.chat.log.getByText("You said: hello from the side conversation")).toBeVisible();
  await expect(agentPage.chat.conversation).toHaveValue(conversationId);
});

test("Stop in a conversation keeps the partial reply and cancels that conversation's run", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  const created = await letta.conversations.create({ agent_id: agent.id });
  await page.goto(`/agents/${agent.id}?conversation=${created.id}`);
  const conversation = agentPage.chat.log;
  await agentPage.chat.message.fill("#slow 40 a long answer");
  await agentPage.chat.sendButton.click();
  const reply = conversation.getByRole("article", { name: "Agent reply" }).last();
  await expect(reply).toContainText("Slow part 2");
  await agentPage.chat.stopButton.click();
  await expect(conversation.getByText("Stopped by you")).toBeVisible();
  await expect(reply).toContainText("Slow part 1");

  await expect
    .poll(async () => {
      const runs = await letta.runs.list({ conversation_id: created.id, limit: 5 });
      return runs.getPaginatedItems().map((run) => run.status);
    })
    .toContain("cancelled");
});
