import { expect, test } from "./fixtures";

test("the theme is chosen in the top bar, remembered, and applied before the first paint", async ({ page }) => {
  // The bar has the theme picker and the presentation switch from 1440 px (the palette has them below).
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/agents");
  const html = page.locator("html");
  await expect(html).not.toHaveClass(/\bdark\b/);
  await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
  await expect(html).toHaveClass(/\bdark\b/);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  // On reload the class is there as soon as the HTML is parsed, before React runs: no light flash.
  await page.goto("/agents", { waitUntil: "commit" });
  await page.waitForFunction(() => document.body !== null);
  expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
  await page.waitForLoadState("load");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
  await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");

  // System follows the operating system's choice.
  await page.getByRole("combobox", { name: "Theme" }).selectOption("system");
  await expect(html).not.toHaveClass(/\bdark\b/);
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(html).toHaveClass(/\bdark\b/);
});

test("presentation mode is kept in the URL: it survives a reload and a link, and hides the server", async ({
  page,
  agent,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/agents/${agent.id}`);
  const present = page.getByRole("button", { name: "Present", exact: true });
  await expect(present).toHaveAttribute("aria-pressed", "false");
  const normalSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

  await present.click();
  await expect(page).toHaveURL(/[?&]present=1/);
  await expect(present).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-present", "1");
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThan(
    normalSize,
  );
  await expect(page.getByRole("combobox", { name: "Connection" })).toBeHidden();
  await expect(page.getByRole("region", { name: "Letta server" })).toBeHidden();
  await expect(page.getByText(agent.id, { exact: true }).filter({ visible: true })).toHaveCount(0);

  // A shared link opens in presentation mode, before React runs.
  await page.goto(page.url(), { waitUntil: "commit" });
  await page.waitForFunction(() => document.body !== null);
  expect(await page.evaluate(() => document.documentElement.dataset.present)).toBe("1");
  await expect(page.getByRole("button", { name: "Present", exact: true })).toHaveAttribute("aria-pressed", "true");

  // Links inside the ADE keep it on; the switch turns it off.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Blocks" }).click();
  await expect(page).toHaveURL(/\/blocks\?present=1$/);
  await expect(page.locator("html")).toHaveAttribute("data-present", "1");
  await page.getByRole("button", { name: "Present", exact: true }).click();
  await expect(page).toHaveURL(/\/blocks$/);
  await expect(page.locator("html")).not.toHaveAttribute("data-present", "1");
});
