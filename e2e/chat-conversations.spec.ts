import { expect, test } from "./fixtures";

test("conversations are created, named and switched, each with its own messages, and the URL opens the same view", async ({
  page,
  agent,
  letta,
}) => {
  await page.goto(`/agents/${agent.id}`);
  const conversation = page.getByRole("log", { name: "Conversation" });
  const input = page.getByRole("textbox", { name: "Message" });
  await input.fill("hello from the default history");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(conversation.getByText("You said: hello from the default history")).toBeVisible();

  await page.getByRole("button", { name: "New conversation" }).click();
  await expect(page).toHaveURL(/[?&]conversation=conv-/);
  const conversationId = new URL(page.url()).searchParams.get("conversation") ?? "";
  await expect(conversation.getByText("You said: hello from the default history")).toHaveCount(0);

  await input.fill("hello from the side conversation");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(conversation.getByText("You said: hello from the side conversation")).toBeVisible();
  await expect(conversation.getByText("Turn complete")).toBeVisible();

  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByRole("textbox", { name: "Conversation name" }).fill("Side talk");
  await page.getByRole("button", { name: "Save name" }).click();
  const picker = page.getByRole("combobox", { name: "Conversation" });
  await expect(picker.getByRole("option", { name: "Side talk" })).toHaveCount(1);

  // The server holds the message in that conversation, not in the agent's own history.
  const inConversation = (await letta.conversations.messages.list(conversationId, { limit: 20 })).getPaginatedItems();
  expect(
    inConversation.some(
      (message) =>
        message.message_type === "user_message" && JSON.stringify(message.content).includes("side conversation"),
    ),
  ).toBe(true);
  // The rename shows at once (optimistic); wait until the server holds it.
  await expect.poll(async () => (await letta.conversations.retrieve(conversationId)).summary).toBe("Side talk");

  await picker.selectOption({ label: "Default (agent history)" });
  await expect(page).not.toHaveURL(/conversation=/);
  await expect(conversation.getByText("You said: hello from the default history")).toBeVisible();
  await expect(conversation.getByText("You said: hello from the side conversation")).toHaveCount(0);

  // A link opens the same conversation.
  await page.goto(`/agents/${agent.id}?conversation=${conversationId}`);
  await expect(
    page.getByRole("log", { name: "Conversation" }).getByText("You said: hello from the side conversation"),
  ).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Conversation" })).toHaveValue(conversationId);
});

test("Stop in a conversation keeps the partial reply and cancels that conversation's run", async ({
  page,
  agent,
  letta,
}) => {
  const created = await letta.conversations.create({ agent_id: agent.id });
  await page.goto(`/agents/${agent.id}?conversation=${created.id}`);
  const conversation = page.getByRole("log", { name: "Conversation" });
  await page.getByRole("textbox", { name: "Message" }).fill("#slow 40 a long answer");
  await page.getByRole("button", { name: "Send" }).click();
  const reply = conversation.getByRole("article", { name: "Agent reply" }).last();
  await expect(reply).toContainText("Slow part 2");
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(conversation.getByText("Stopped by you")).toBeVisible();
  await expect(reply).toContainText("Slow part 1");

  await expect
    .poll(async () => {
      const runs = await letta.runs.list({ conversation_id: created.id, limit: 5 });
      return runs.getPaginatedItems().map((run) => run.status);
    })
    .toContain("cancelled");
});
