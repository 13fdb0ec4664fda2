import type Letta from "@letta-ai/letta-client";
import type { Locator } from "@playwright/test";
import { startAde, type AdeProcess } from "./ade-process";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { e2eSecrets } from "./test-stack";
import { InspectorPage, latestRunId } from "./inspector-support";
import { ChatPane } from "./pages/chat-pane";
import { KeyboardUser } from "./pages/keyboard";

/** How opaque an element is on screen: its own opacity times its ancestors'. */
async function shownOpacity(locator: Locator): Promise<number> {
  return await locator.evaluate((element) => {
    let opacity = 1;
    for (let node: Element | null = element; node; node = node.parentElement)
      opacity *= Number(getComputedStyle(node).opacity);
    return opacity;
  });
}

/** A short history: a markdown reply, then a turn with reasoning and a tool call (memory_insert) with its result. */
async function writeHistory(letta: Letta, agentId: string): Promise<void> {
  const turns = [
    "#say The **plan**:\n\n- read the `notes`\n- write [a summary](https://example.com)\n\n| step | state |\n| --- | --- |\n| 1 | done |",
    "#reason #remember likes green tea",
  ];
  for (const content of turns)
    await letta.agents.messages.create(agentId, { messages: [{ role: "user", content }] }, { maxRetries: 0 });
}

const pages = [
  "/agents",
  "/agents/new",
  "/tools",
  "/blocks",
  "/groups",
  "/mcp",
  "/models",
  "/connections",
  "/compare",
  "/evals",
];

for (const theme of ["light", "dark"] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
    });

    for (const path of pages) {
      test(`${path} has no serious or critical axe violation (${theme})`, async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        await expect(page.locator("html")).toHaveClass(theme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    test(`the comparison of two agents has no serious or critical axe violation (${theme})`, async ({
      page,
      agent,
      letta,
    }) => {
      const other = await letta.agents.create({
        name: `${agent.name}-b`,
        model: agent.llm_config.handle ?? undefined,
        system: "Another prompt.",
        memory_blocks: [{ label: "human", value: "Someone else." }],
      });
      try {
        await page.goto(`/compare?a=${agent.id}&b=${other.id}`);
        await expect(page.getByRole("status", { name: "Summary" })).toContainText("differences");
        await expect(page.getByLabel("System prompt difference", { exact: true })).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
        await page.getByText(/things? (is|are) the same$/).click();
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await letta.agents.delete(other.id).catch(() => undefined);
      }
    });

    test(`the agent page, each pane and tab, has no serious or critical axe violation (${theme})`, async ({
      page,
      agent,
    }) => {
      test.setTimeout(180_000);
      await page.goto(`/agents/${agent.id}`);
      await expect(new ChatPane(page).message).toBeVisible();
      await page.waitForLoadState("networkidle");
      const found: Record<string, string[]> = {};
      const check = async (name: string) => {
        const violations = await seriousViolations(page);
        if (violations.length > 0) found[name] = violations;
      };
      await check("agent page");
      // Every tab of every tab list on the page (panes, memory, settings…), one at a time.
      const lists = page.getByRole("tablist");
      for (let list = 0; list < (await lists.count()); list++) {
        const tabs = lists.nth(list).getByRole("tab");
        for (let index = 0; index < (await tabs.count()); index++) {
          const tab = tabs.nth(index);
          const name = (await tab.textContent())?.trim() ?? `tab ${index}`;
          await tab.click();
          await page.waitForLoadState("networkidle");
          await check(`tab ${name}`);
        }
      }
      await page.keyboard.press("Control+k");
      await expect(page.getByRole("dialog", { name: "Command palette" })).toBeVisible();
      await check("command palette");
      await page.keyboard.press("Escape");
      expect(found).toEqual({});
    });

    test(`an agent with a history, its messages' actions and its run's inspector have no serious or critical axe violation (${theme})`, async ({
      page,
      agent,
      letta,
    }) => {
      test.setTimeout(180_000);
      await writeHistory(letta, agent.id);
      const runId = await latestRunId(letta, agent.id);
      const chat = new ChatPane(page);
      await page.goto(`/agents/${agent.id}`);
      await expect(chat.log.getByRole("table")).toContainText("done");
      await expect(chat.log.getByRole("article", { name: "Tool call memory_insert" })).toBeVisible();
      await expect(chat.log.getByRole("group", { name: "Reasoning" })).toBeVisible();
      await expect(chat.log.getByRole("group", { name: "Tool result" })).toBeVisible();
      await page.waitForLoadState("networkidle");
      const found: Record<string, string[]> = {};
      const check = async (name: string) => {
        const violations = await seriousViolations(page);
        if (violations.length > 0) found[name] = violations;
      };
      await check("agent page with a history");

      // A message's actions, shown under the pointer, then with the focus.
      const reply = chat.log.getByRole("article", { name: "Agent reply" }).first();
      const fork = chat.forkButton("The plan: - read the notes");
      await reply.hover();
      await expect.poll(() => shownOpacity(fork)).toBe(1);
      await check("a message's actions under the pointer");
      await page.mouse.move(0, 0);
      await fork.focus();
      await expect.poll(() => shownOpacity(fork)).toBe(1);
      await check("a message's actions with the focus");

      const inspector = new InspectorPage(page);
      await inspector.open(agent.id, runId);
      await expect(page.getByRole("heading", { name: "Steps (2)" })).toBeVisible();
      await expect(inspector.request(1)).toBeVisible();
      await page.waitForLoadState("networkidle");
      await check("run inspector");
      expect(found).toEqual({});
    });

    test(`the A/B chat page, both tabs, has no serious or critical axe violation (${theme})`, async ({
      page,
      agent,
      letta,
    }) => {
      const other = await letta.agents.create({ name: `${agent.name}-b`, model: agent.model ?? undefined });
      try {
        await page.goto(`/compare/chat?a=${agent.id}&b=${other.id}`);
        await expect(new ChatPane(page).message).toBeVisible();
        await new ChatPane(page).send("#remember axe likes tea");
        await expect(page.getByText(/Turn complete/)).toHaveCount(2, { timeout: 30_000 });
        expect(await seriousViolations(page)).toEqual([]);
        await page.getByRole("tab", { name: /^Test messages/ }).click();
        await expect(page.getByRole("textbox", { name: "New test message" })).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await letta.agents.delete(other.id).catch(() => undefined);
      }
    });
  });
}

test.describe("login", () => {
  // An ADE with an access password, so the login form is there to check.
  let ade: AdeProcess;
  test.beforeAll(async () => {
    ade = await startAde(5, { ADE_ACCESS_PASSWORD: e2eSecrets.accessPassword });
  });
  test.afterAll(async () => {
    await ade?.stop();
  });

  test("the login page has no serious or critical axe violation, in light and dark", async ({ page }) => {
    for (const theme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`${ade.baseUrl}/login`);
      await expect(page.getByLabel("Password")).toBeVisible();
      expect(await seriousViolations(page), theme).toEqual([]);
    }
  });
});

test("a message's actions show only under the pointer or the focus, and work with the keyboard alone", async ({
  page,
  agent,
  letta,
}) => {
  await letta.agents.messages.create(
    agent.id,
    { messages: [{ role: "user", content: "keyboard question" }] },
    { maxRetries: 0 },
  );
  const chat = new ChatPane(page);
  await page.goto(`/agents/${agent.id}`);
  const reply = chat.log
    .getByRole("article", { name: "Agent reply" })
    .filter({ hasText: "You said: keyboard question" });
  await expect(reply).toBeVisible();
  const forkQuestion = chat.forkButton("keyboard question");
  const forkReply = chat.forkButton("You said: keyboard question");
  await page.mouse.move(0, 0);
  expect(await shownOpacity(forkQuestion)).toBe(0);
  expect(await shownOpacity(forkReply)).toBe(0);

  // From the message box back into the conversation: the reply's action is reached and shown while focused.
  await chat.message.focus();
  await new KeyboardUser(page).tabTo(forkReply, 20, "Shift+Tab");
  await expect.poll(() => shownOpacity(forkReply)).toBe(1);
  expect(await shownOpacity(forkQuestion)).toBe(0);
  const outline = await forkReply.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Shift+Tab");
  await expect(forkQuestion).toBeFocused();
  await expect.poll(() => shownOpacity(forkQuestion)).toBe(1);
  await expect.poll(() => shownOpacity(forkReply)).toBe(0);

  // Enter forks from that message: a new conversation opens, the server holds it.
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]conversation=conv-/);
  const forkId = new URL(page.url()).searchParams.get("conversation") ?? "";
  expect((await letta.conversations.retrieve(forkId)).agent_id).toBe(agent.id);
});

test("every control shows a visible focus ring when reached with Tab", async ({ page }) => {
  await page.goto("/agents");
  for (let presses = 0; presses < 12; presses++) {
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return "none";
      const style = getComputedStyle(element);
      return style.outlineStyle === "none" || style.outlineWidth === "0px" ? "none" : style.outlineStyle;
    });
    expect(outline, `focus ring after ${presses + 1} Tab presses`).not.toBe("none");
  }
});
