import { expect, test } from "./fixtures";
import { expectStoredReply } from "./stored-messages";

test("a message gets the scripted model's reply, streamed through the real server", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  await page.goto(`/agents/${agent.id}`);
  const conversation = agentPage.chat.log;
  await agentPage.chat.message.fill("#slow 10 tell me about streaming");
  await agentPage.chat.sendButton.click();

  const reply = conversation.getByRole("article", { name: "Agent reply" }).last();
  // Intermediate state: part of the reply is on screen while the turn is still streaming.
  await expect(reply).toBeVisible();
  await expect(conversation.getByText("Streaming…")).toBeVisible();
  const partial = (await reply.textContent()) ?? "";
  await expect(conversation.getByText("Turn complete")).toBeVisible({ timeout: 45_000 });
  const final = (await reply.textContent()) ?? "";
  expect(final.length).toBeGreaterThan(partial.length);
  expect(final.startsWith(partial)).toBe(true);

  // The server holds the same reply (once the run has stored it).
  await expectStoredReply(letta, agent.id, final);
});

test("reasoning, the tool call and its result each get their own card", async ({ page, agent, letta, agentPage }) => {
  await page.goto(`/agents/${agent.id}`);
  const conversation = agentPage.chat.log;
  await agentPage.chat.message.fill("#reason #remember likes green tea");
  await agentPage.chat.sendButton.click();

  await expect(conversation.getByRole("group", { name: "Reasoning" }).first()).not.toBeEmpty();
  const call = conversation.getByRole("article", { name: "Tool call memory_insert" });
  await expect(call).toContainText('"new_string": "likes green tea"');
  await expect(conversation.getByRole("group", { name: "Tool result" })).toContainText("success");
  await expect(conversation.getByRole("article", { name: "Agent reply" }).last()).toContainText("Done: memory_insert");
  await expect(conversation.getByText("Turn complete")).toBeVisible();

  await expect
    .poll(async () => (await letta.agents.blocks.retrieve("human", { agent_id: agent.id })).value)
    .toContain("likes green tea");
});

test("a model error is shown inline with what to do", async ({ page, agent, agentPage }) => {
  await page.goto(`/agents/${agent.id}`);
  const conversation = agentPage.chat.log;
  await agentPage.chat.message.fill("#error 500");
  await agentPage.chat.sendButton.click();
  await expect(conversation.getByRole("alert")).toBeVisible({ timeout: 30_000 });
  await expect(conversation.getByText(/^Stopped/).last()).toBeVisible();
});

test("HTML in messages is rendered inert", async ({ page, agent, agentPage }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/agents/${agent.id}`);
  const conversation = agentPage.chat.log;
  const html = "<img src=x onerror=alert(1)> <script>alert(2)</script> **bold**";
  await agentPage.chat.message.fill(html);
  await agentPage.chat.sendButton.click();

  const reply = conversation.getByRole("article", { name: "Agent reply" }).last();
  await expect(reply).toContainText("<img src=x onerror=alert(1)>");
  await expect(reply.locator("strong")).toHaveText("bold");
  await expect(conversation.getByRole("article", { name: "Your message" }).last()).toContainText(
    "<script>alert(2)</script>",
  );
  await expect(conversation.locator("img, script")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("Stop keeps the partial reply and cancels the run on the server", async ({ page, agent, letta, agentPage }) => {
  await page.goto(`/agents/${agent.id}`);
  const conversation = agentPage.chat.log;
  await agentPage.chat.message.fill("#slow 40 a long answer");
  await agentPage.chat.sendButton.click();
  const reply = conversation.getByRole("article", { name: "Agent reply" }).last();
  await expect(reply).toContainText("Slow part 2");
  await agentPage.chat.stopButton.click();

  await expect(conversation.getByText("Stopped by you")).toBeVisible();
  await expect(reply).toContainText("Slow part 1");
  await expect(agentPage.chat.stopButton).toHaveCount(0);

  await expect
    .poll(async () => {
      const runs = await letta.runs.list({ agent_id: agent.id, limit: 5 });
      return runs.getPaginatedItems().map((run) => run.status);
    })
    .toContain("cancelled");
});

test("Reset messages asks first, then clears the agent's context on the server", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  await letta.agents.messages.create(
    agent.id,
    { messages: [{ role: "user", content: "remember this line" }] },
    { maxRetries: 0 },
  );
  const before = await letta.agents.retrieve(agent.id);
  await page.goto(`/agents/${agent.id}`);
  const conversation = agentPage.chat.log;
  await expect(conversation.getByText("You said: remember this line")).toBeVisible();

  await page.getByRole("button", { name: "Reset messages" }).click();
  await page.getByRole("group", { name: "Confirm reset" }).getByRole("button", { name: "Yes, reset messages" }).click();
  await expect(page.getByRole("status").filter({ hasText: "context was reset" })).toBeVisible();

  // Letta keeps the messages stored but drops them from the agent's context (all but the system prompt).
  const after = await letta.agents.retrieve(agent.id);
  expect(after.message_ids?.[0]).toBe(before.message_ids?.[0]);
  const recent = (await letta.agents.messages.list(agent.id, { limit: 10 })).getPaginatedItems();
  const stored = recent.find(
    (message) => message.message_type === "assistant_message" && message.content === "You said: remember this line",
  );
  expect(stored).toBeDefined();
  expect(after.message_ids).not.toContain(stored?.id);
});

test("a send the server refuses shows why and keeps the typed text", async ({ page, agent, letta, agentPage }) => {
  await page.goto(`/agents/${agent.id}`);
  await expect(agentPage.chat.log.getByText("Start of the conversation")).toBeVisible();
  await letta.agents.delete(agent.id);
  const input = agentPage.chat.message;
  await input.fill("this message must survive");
  await agentPage.chat.sendButton.click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(/not found/i);
  await expect(input).toHaveValue("this message must survive");
  await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
});
