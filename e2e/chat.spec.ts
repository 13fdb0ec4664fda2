import { expect, test } from "./fixtures";

test("a message gets the scripted model's reply, streamed through the real server", async ({ page, agent, letta }) => {
  await page.goto(`/agents/${agent.id}`);
  const conversation = page.getByRole("log", { name: "Conversation" });
  await page.getByRole("textbox", { name: "Message" }).fill("#slow 10 tell me about streaming");
  await page.getByRole("button", { name: "Send" }).click();

  const reply = conversation.getByRole("article", { name: "Agent reply" });
  // Intermediate state: part of the reply is on screen while the turn is still streaming.
  await expect(reply).toBeVisible();
  await expect(conversation.getByText("Streaming…")).toBeVisible();
  const partial = (await reply.textContent()) ?? "";
  await expect(conversation.getByText("Turn complete")).toBeVisible({ timeout: 45_000 });
  const final = (await reply.textContent()) ?? "";
  expect(final.length).toBeGreaterThan(partial.length);
  expect(final.startsWith(partial)).toBe(true);

  // The server holds the same reply.
  const messages = await letta.agents.messages.list(agent.id, { limit: 20, order: "desc" });
  const stored = messages.getPaginatedItems().find((message) => message.message_type === "assistant_message");
  expect(stored && "content" in stored ? stored.content : undefined).toBe(final);
});

test("a send the server refuses shows why and keeps the typed text", async ({ page, agent, letta }) => {
  await page.goto(`/agents/${agent.id}`);
  await letta.agents.delete(agent.id);
  const input = page.getByRole("textbox", { name: "Message" });
  await input.fill("this message must survive");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(/not found/i);
  await expect(input).toHaveValue("this message must survive");
  await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
});
