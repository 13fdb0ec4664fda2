import { expect, type Locator, type Page } from "@playwright/test";

/** `/compare`: the pair picker, and the comparison of two agents with its copy buttons. */
export class ComparePage {
  /** "3 differences: system prompt, block human, tools". */
  readonly summary: Locator;
  readonly differences: Locator;
  /** The "N things are the same" disclosure. */
  readonly same: Locator;
  readonly picker: Locator;
  readonly compareButton: Locator;

  constructor(readonly page: Page) {
    this.summary = page.getByRole("status", { name: "Summary" });
    this.differences = page.getByRole("region", { name: "Differences", exact: true });
    this.same = page.locator("details").filter({ has: page.getByText(/things? (is|are) the same$/) });
    this.picker = page.getByRole("form", { name: "Choose two agents" });
    this.compareButton = this.picker.getByRole("button", { name: "Compare", exact: true });
  }

  async goto(a: string, b?: string) {
    const query = new URLSearchParams({ a, ...(b ? { b } : {}) });
    await this.page.goto(`/compare?${query}`);
    if (b) await expect(this.summary).toBeVisible();
    else await expect(this.picker).toBeVisible();
  }

  /** The names of the differing things, in the order shown ("system prompt", "block human", "tools"…). */
  async differenceNames(): Promise<string[]> {
    const items = this.differences.getByRole("region");
    return Promise.all((await items.all()).map(async (item) => (await item.getAttribute("aria-label")) ?? ""));
  }

  /** One compared thing by its name ("block human", "model", "tools"). */
  item(name: string): Locator {
    return this.page.getByRole("region", { name, exact: true });
  }

  /** One side of a compared thing ("block human" in "B"). */
  side(name: string, side: "A" | "B"): Locator {
    return this.item(name).getByRole("group", { name: `${name} in ${side}`, exact: true });
  }

  /** A copy, attach or detach button by its full name ("Copy block human to B", "Attach shout to B"). */
  button(name: string): Locator {
    return this.page.getByRole("button", { name, exact: true });
  }

  /** Why the last copy was refused ("Copy block human to B: Nothing was copied: …"). */
  get alert(): Locator {
    return this.page.getByRole("alert").filter({ hasText: /^(Copy|Attach|Detach) / });
  }

  combobox(side: "A" | "B"): Locator {
    return this.picker.getByRole("combobox", { name: `Agent ${side}`, exact: true });
  }

  /** The options the combobox of `side` offers now. */
  options(side: "A" | "B"): Locator {
    return this.picker.getByRole("listbox", { name: new RegExp(`^Agent ${side}:`) }).getByRole("option");
  }
}
