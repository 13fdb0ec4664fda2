import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { AbChatPage } from "./pages/ab-chat-page";
import { scriptedModel } from "./test-stack";

test("screenshots", async ({ page, letta }) => {
  test.setTimeout(300_000);
  const a = await letta.agents.create({ name: `support-bot-${randomUUID().slice(0, 4)}`, model: scriptedModel });
  const b = await letta.agents.create({
    name: `support-bot-clone-${randomUUID().slice(0, 4)}`,
    model: `${scriptedModel}-2`,
  });
  try {
    await page.setViewportSize({ width: 1400, height: 900 });
    const ab = new AbChatPage(page);
    await ab.goto(a, b);
    await ab.send("#model What is your refund policy?");
    await expect(ab.b.replies().last()).toContainText("says");
    await ab.send("#reason #remember prefers email");
    await expect(ab.a.log.getByText(/Turn complete/)).toHaveCount(2, { timeout: 60_000 });
    await expect(ab.b.log.getByText(/Turn complete/)).toHaveCount(2, { timeout: 60_000 });
    await page.screenshot({ path: "/tmp/abchat-wide.png" });
    await ab.openTests();
    await ab.addTestMessage("#model Hello there");
    await ab.addTestMessage("#reason #remember likes tea");
    await ab.replayButton.click();
    await expect(ab.latestReplay).toContainText("every message answered", { timeout: 60_000 });
    await page.screenshot({ path: "/tmp/abchat-tests.png", fullPage: true });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.reload();
    await ab.openTests();
    await page.screenshot({ path: "/tmp/abchat-tests-dark.png" });
    await ab.chatTab.click();
    await page.setViewportSize({ width: 800, height: 700 });
    await ab.send("#model narrow");
    await expect(ab.a.replies().last()).toContainText("narrow");
    await page.screenshot({ path: "/tmp/abchat-narrow.png" });
    await page.goto("/compare/chat?a=agent-x");
    await page.screenshot({ path: "/tmp/abchat-missing.png" });
  } finally {
    await letta.agents.delete(a.id).catch(() => undefined);
    await letta.agents.delete(b.id).catch(() => undefined);
  }
});
