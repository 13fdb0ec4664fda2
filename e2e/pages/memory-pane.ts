import { expect, type Locator, type Page } from "@playwright/test";

type MemoryView = "Core memory" | "Archival memory" | "Context window" | "Timeline";

/** The agent page's memory pane: blocks as cards (open in place or in the focused editor), archival, context. */
export class MemoryPane {
  readonly region: Locator;
  readonly filter: Locator;
  readonly blockList: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole("region", { name: "Memory", exact: true });
    this.filter = this.region.getByRole("searchbox", { name: "Filter blocks by label" });
    this.blockList = this.region.getByRole("list", { name: "Memory blocks" });
  }

  /** Every memory view's tab. */
  get tabs(): Locator {
    return this.region.getByRole("tablist", { name: "Memory views" }).getByRole("tab");
  }

  tab(view: MemoryView): Locator {
    return this.region.getByRole("tablist", { name: "Memory views" }).getByRole("tab", { name: view, exact: true });
  }

  view(view: MemoryView): Locator {
    return this.region.getByRole("tabpanel", { name: view, exact: true });
  }

  /** Shows a memory view (core memory is shown first). */
  async show(view: MemoryView): Promise<Locator> {
    await this.tab(view).click();
    await expect(this.tab(view)).toHaveAttribute("aria-selected", "true");
    return this.view(view);
  }

  /** A block's card (label, usage, first lines, badges). */
  card(label: string): Locator {
    return this.region.getByRole("article", { name: `Memory block ${label}`, exact: true });
  }

  /** A block's editor wherever it is open: in place, or in the focused editor. */
  editor(label: string): Locator {
    return this.page.getByRole("region", { name: `Block ${label}`, exact: true });
  }

  /** Opens a block's card in place (if it is not open yet) and returns its editor. */
  async block(label: string): Promise<Locator> {
    const card = this.card(label);
    const toggle = card.getByRole("button", { name: new RegExp(`^(Edit|Close) ${escape(label)}$`) });
    await expect(toggle).toBeVisible();
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    const editor = card.getByRole("region", { name: `Block ${label}`, exact: true });
    await expect(editor).toBeVisible();
    return editor;
  }

  /** Opens a block in the large focused editor (a dialog) and returns the dialog. */
  async focus(label: string): Promise<Locator> {
    await this.card(label)
      .getByRole("button", { name: `Open ${label} in the focused editor` })
      .click();
    const dialog = this.page.getByRole("dialog", { name: `Edit block ${label}` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** A block's history, under its editor (the editor is opened first). */
  async history(label: string): Promise<Locator> {
    await this.block(label);
    await this.card(label).getByText(`History of ${label}`, { exact: true }).click();
    return this.card(label).getByRole("region", { name: `History of ${label}` });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
