import { expect, type Locator, type Page } from "@playwright/test";

/** Keyboard-only helpers: the palette, and moving focus with Tab until it reaches a control. */
export class KeyboardUser {
  constructor(readonly page: Page) {}

  get palette(): Locator {
    return this.page.getByRole("dialog", { name: "Command palette" });
  }

  /**
   * Ctrl+K, again while the page's state says the palette is closed: a press before the page has hydrated (its
   * shortcut listener not yet attached) does nothing, as it would for a person.
   */
  async openPalette(): Promise<void> {
    const button = this.page.locator('button[aria-keyshortcuts="Control+K Meta+K"]');
    await expect(async () => {
      if ((await button.getAttribute("aria-expanded", { timeout: 1_000 })) !== "true")
        await this.page.keyboard.press("Control+k");
      await expect(button).toHaveAttribute("aria-expanded", "true", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(this.palette).toBeVisible();
  }

  /** Presses Tab (or Shift+Tab) until `target` has focus (at most `limit` presses), as a keyboard user would. */
  async tabTo(target: Locator, limit = 60, key: "Tab" | "Shift+Tab" = "Tab"): Promise<void> {
    for (let presses = 0; presses < limit; presses++) {
      if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
      await this.page.keyboard.press(key);
    }
    await expect(target).toBeFocused();
  }

  /**
   * Runs a palette command by typing its title and pressing Enter once it is the highlighted option (the agent
   * search answers while typing, and until it does the highlighted option may be an agent).
   */
  async runCommand(title: string): Promise<void> {
    await this.openPalette();
    await this.page.keyboard.type(title);
    const option = this.palette.getByRole("option", { name: title, exact: true });
    await expect(option).toHaveAttribute("aria-selected", "true");
    await this.page.keyboard.press("Enter");
  }
}
