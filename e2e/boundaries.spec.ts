import { seriousViolations } from "./axe";
import { expect, test as base } from "./fixtures";
import { lettaProcess } from "./letta-outage";
import { BoundaryPage } from "./pages/boundary-page";

/** Stops or freezes Letta on demand; whatever happens in the test, Letta runs and answers again afterwards. */
const test = base.extend<{ boundary: BoundaryPage; outage: typeof lettaProcess }>({
  boundary: async ({ page }, use) => {
    await use(new BoundaryPage(page));
  },
  outage: async ({}, use) => {
    let stopped = false;
    let paused = false;
    await use({
      stop: async (options) => {
        stopped = true;
        await lettaProcess.stop(options);
      },
      start: async () => {
        await lettaProcess.start();
        stopped = false;
      },
      pause: () => {
        paused = true;
        lettaProcess.pause();
      },
      resume: () => {
        lettaProcess.resume();
        paused = false;
      },
    });
    if (paused) lettaProcess.resume();
    if (stopped) await lettaProcess.start();
  },
});

// Restarting Letta has taken three minutes on a busy 2-core machine.
test.describe.configure({ timeout: 360_000 });

const themes = ["light", "dark"] as const;

test("an unknown or malformed agent id gets a not-found page with the way back to the agent list", async ({
  page,
  boundary,
}) => {
  for (const id of ["agent-00000000-0000-4000-8000-000000000000", "not a valid id!"]) {
    await page.goto(`/agents/${encodeURIComponent(id)}`);
    await expect(boundary.heading).toHaveText("Agent not found");
    await expect(page.getByRole("main")).toContainText("has no agent with this id");
    for (const theme of themes) {
      await page.emulateMedia({ colorScheme: theme });
      expect(await seriousViolations(page)).toEqual([]);
    }
  }
  await boundary.backToAgents.click();
  await expect(page).toHaveURL(/\/agents$/);
  await expect(page.getByRole("heading", { level: 1, name: "Agents" })).toBeVisible();

  await page.goto("/no-such-page");
  await expect(boundary.heading).toHaveText("Page not found");
  await expect(boundary.backToAgents).toBeVisible();
});

test("opening an agent while Letta is slow shows that it is loading at once, then the agent", async ({
  page,
  agent,
  boundary,
  outage,
}) => {
  await page.goto("/agents");
  const link = page.getByRole("row").getByRole("link", { name: agent.name });
  await expect(link).toBeVisible();
  outage.pause();
  await link.click();
  await expect(boundary.loading).toHaveText("Loading the agent…");
  for (const theme of themes) {
    await page.emulateMedia({ colorScheme: theme });
    expect(await seriousViolations(page)).toEqual([]);
  }
  outage.resume();
  await expect(page.getByRole("heading", { level: 1, name: agent.name })).toBeVisible({ timeout: 60_000 });
  await expect(boundary.loading).toHaveCount(0);
});

test("Letta down while an agent page renders: an error page with the connection doctor's words, a retry, and recovery", async ({
  page,
  agent,
  boundary,
  outage,
}) => {
  await outage.stop();
  await page.goto(`/agents/${agent.id}`);
  await expect(boundary.heading).toHaveText("Could not load the agent");
  await expect(boundary.alert).toContainText("connection refused");
  await expect(boundary.alert).toContainText("Start the Letta server");
  await expect(boundary.serverState).toHaveText("Unreachable");
  for (const theme of themes) {
    await page.emulateMedia({ colorScheme: theme });
    expect(await seriousViolations(page)).toEqual([]);
  }
  // Retrying while Letta is still down keeps the error page and its reason.
  await boundary.tryAgain.click();
  await expect(boundary.heading).toHaveText("Could not load the agent");
  await expect(boundary.alert).toContainText("connection refused");

  await outage.start();
  // No reload: once the header sees Letta again the page renders the agent by itself.
  await expect(boundary.serverState).toHaveText("Connected", { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: agent.name })).toBeVisible({ timeout: 30_000 });
  await expect(boundary.alert).toHaveCount(0);
});
