import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Whether the element lies wholly inside the window (not scrolled or clipped away). */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5;
}

/** Whether the element's text fits in it (nothing cut off with an ellipsis or overflow). */
const notTruncated = (locator: Locator) =>
  locator.evaluate(
    (element) =>
      element.scrollWidth <= element.clientWidth && [...element.children].every((c) => c.scrollWidth <= c.clientWidth),
  );

test("at 1280×720 every Agent-pane and Memory-pane tab is in sight and works with the keyboard", async ({
  page,
  agent,
  agentPage,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await agentPage.goto(agent.id, { name: agent.name });
  await expect(agentPage.agentTabs).toHaveText(["Settings", "Tools", "Sleep-time", "Files", "Next request", "Code"]);
  await expect(agentPage.memory.tabs).toHaveText(["Core memory", "Archival memory", "Context window", "Timeline"]);
  for (const tabs of [agentPage.agentTabs, agentPage.memory.tabs]) {
    for (const tab of await tabs.all()) {
      await expect(tab).toBeVisible();
      expect(await inViewport(page, tab), `${await tab.innerText()} is in the window`).toBe(true);
    }
    // No tab list scrolls sideways: each shows all its tabs.
    const list = tabs.first().locator("xpath=..");
    expect(await list.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  }

  // Radix tabs still: arrow keys move along them (End reaches the last, Home the first).
  await agentPage.agentTabs.first().focus();
  await page.keyboard.press("End");
  await expect(agentPage.agentTabs.last()).toBeFocused();
  await expect(agentPage.agentTabs.last()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowLeft");
  await expect(agentPage.page.getByRole("tab", { name: "Next request", exact: true })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await agentPage.memory.tab("Core memory").focus();
  await page.keyboard.press("End");
  await expect(agentPage.memory.tab("Timeline")).toHaveAttribute("aria-selected", "true");
  await expect(agentPage.memory.view("Timeline")).toBeVisible();
});

test("the agent switcher shows its whole label from 1024 to 1536 px, and the bar still fits", async ({
  page,
  agent,
  agentPage,
}) => {
  for (const width of [1024, 1280, 1366, 1440, 1536]) {
    await page.setViewportSize({ width, height: 800 });
    await agentPage.goto(agent.id, { name: agent.name });
    await expect(agentPage.switcher).toHaveText(/^Switch agent/);
    expect(await notTruncated(agentPage.switcher), `label not truncated at ${width} px`).toBe(true);
    expect(await inViewport(page, agentPage.switcher), `switcher in the window at ${width} px`).toBe(true);
    const bar = await page.getByRole("banner").boundingBox();
    expect(bar?.height ?? 99, `top bar on one line at ${width} px`).toBeLessThanOrEqual(50);
    // Nothing else in the bar is pushed out of sight to make room for it.
    const row = page.getByRole("banner").locator("> div");
    expect(await row.evaluate((element) => element.scrollWidth <= element.clientWidth), `bar fits at ${width} px`).toBe(
      true,
    );
  }
});

test("at 1280×720 the settings form scrolls fully above its save bar", async ({ page, agent, agentPage }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await agentPage.goto(agent.id, { name: agent.name });
  const { form, saveBar } = agentPage.settings;
  const identity = form.getByRole("definition").last(); // the form's last field: the agent's group id
  await expect(identity).toBeVisible();
  await expect(saveBar).toBeVisible();
  const above = async (locator: Locator) => {
    const [field, bar] = await Promise.all([locator.boundingBox(), saveBar.boundingBox()]);
    return field !== null && bar !== null && field.y + field.height <= bar.y + 0.5 && field.y >= 0;
  };

  // The pane's scrolling area (under its title bar); the compiled prompt and CodeMirror load while we look, so
  // each check scrolls again.
  const scrollPane = (to: "end" | "top") =>
    agentPage.pane("Agent").evaluate((region, where) => {
      const area = region.children[1];
      if (area) area.scrollTop = where === "end" ? area.scrollHeight : 0;
    }, to);

  // Scrolled to the end, the last field sits above the bar, not under it.
  await expect
    .poll(async () => {
      await scrollPane("end");
      return above(identity);
    })
    .toBe(true);

  // Reaching a control near the end with the keyboard (focus scrolls it into view) stops above the bar too.
  const copy = form.getByRole("button", { name: "Copy model handle" });
  await expect
    .poll(async () => {
      await scrollPane("top");
      await copy.evaluate((button: HTMLElement) => {
        button.blur();
        button.focus();
      });
      return above(copy);
    })
    .toBe(true);
});
