import { expect, test } from "./fixtures";

const label = (n: number) => `seed message ${String(n).padStart(3, "0")}`;

test("history opens at the latest messages and loads older pages as the user scrolls up", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  // One request posts 120 user messages (the model answers once), so seeding stays fast.
  await letta.agents.messages.create(
    agent.id,
    { messages: Array.from({ length: 120 }, (_, index) => ({ role: "user" as const, content: label(index + 1) })) },
    { maxRetries: 0, timeout: 120_000 },
  );

  await page.goto(`/agents/${agent.id}`);
  const conversation = agentPage.chat.log;
  await expect(conversation.getByText(`You said: ${label(120)}`)).toBeVisible();
  await expect(conversation.getByText(label(1), { exact: true })).toHaveCount(0);

  // Virtualized: far fewer message elements in the DOM than messages loaded.
  expect(await conversation.getByRole("article").count()).toBeLessThan(40);

  await expect(async () => {
    await conversation.evaluate((element) => element.scrollTo({ top: 0 }));
    await expect(conversation.getByText(label(1), { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(conversation.getByText("Start of the conversation")).toBeVisible();
});
