import { expect, test } from "./fixtures";
import { expectStored } from "./stored-messages";

test("Shift+Enter breaks the line, Enter sends the message with both lines", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  await page.goto(`/agents/${agent.id}`);
  const conversation = agentPage.chat.log;
  const input = agentPage.chat.message;
  await input.click();
  await input.pressSequentially("first line");
  await input.press("Shift+Enter");
  await input.pressSequentially("second line");
  await expect(input).toHaveValue("first line\nsecond line");
  await expect(conversation.getByRole("article", { name: "Your message" })).toHaveCount(0);

  await input.press("Enter");
  await expect(input).toHaveValue("");
  await expect(conversation.getByRole("article", { name: "Your message" }).last()).toHaveText(
    /first line\s*second line/,
  );
  await expect(conversation.getByText("Turn complete")).toBeVisible();
  await expectStored(
    letta,
    agent.id,
    "the message with both lines",
    (message) =>
      message.message_type === "user_message" && JSON.stringify(message.content).includes("first line\\nsecond line"),
    { limit: 10 },
  );
});

test("a message sent as the system role is shown as one and the server holds it as one", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  await page.goto(`/agents/${agent.id}`);
  const conversation = agentPage.chat.log;
  await page.getByRole("combobox", { name: "Send as" }).selectOption("system");
  await agentPage.chat.message.fill("The user is in a hurry today.");
  await agentPage.chat.sendButton.click();
  await expect(conversation.getByRole("group", { name: "System message" }).last()).toContainText(
    "The user is in a hurry today.",
  );
  await expect(conversation.getByText("Turn complete")).toBeVisible();
  const held = await expectStored(
    letta,
    agent.id,
    "the system message",
    (message) => message.message_type === "system_message" && message.content === "The user is in a hurry today.",
    { limit: 10 },
  );
  expect(
    held.some(
      (message) => message.message_type === "user_message" && JSON.stringify(message.content).includes("hurry"),
    ),
  ).toBe(false);
});

test("leaving the conversation mid-reply aborts the stream; the reply the server finished shows on return", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  await page.goto(`/agents/${agent.id}`);
  const conversation = agentPage.chat.log;
  await agentPage.chat.message.fill("#slow 20 then I leave");
  const aborted = page.waitForEvent(
    "requestfailed",
    (request) => request.method() === "POST" && /\/api\/agents\/[^/]+\/messages$/.test(request.url()),
  );
  await agentPage.chat.sendButton.click();
  await expect(conversation.getByRole("article", { name: "Agent reply" }).last()).toContainText("Slow part 2");

  await page.getByRole("button", { name: "New conversation" }).click();
  await expect(page).toHaveURL(/conversation=conv-/);
  expect((await aborted).failure()?.errorText).toMatch(/ABORTED|cancel/i);

  // Letta 0.16.8 finishes a run whose client went away; back in the agent's history, the whole reply shows.
  await expect
    .poll(
      async () =>
        (await letta.runs.list({ agent_id: agent.id, limit: 5 })).getPaginatedItems().map((run) => run.status),
      { timeout: 30_000 },
    )
    .toContain("completed");
  await agentPage.chat.conversation.selectOption({ label: "Default (agent history)" });
  await expect(conversation.getByText(/Slow part 20 of 20/)).toBeVisible();
});
