import { expect, type Locator, type Page } from "@playwright/test";

type AgentPanelName = "Settings" | "Tools" | "Sleep-time";

/** One tab of the agent pane (settings, tools, sleep-time). */
class AgentPanel {
  readonly tab: Locator;
  /** The tab's panel (its name is the tab's: "Settings (unsaved changes)" while settings are unsaved). */
  readonly panel: Locator;

  constructor(
    readonly page: Page,
    readonly name: AgentPanelName,
  ) {
    const tabs = page.getByRole("tablist", { name: "Agent panels" });
    this.tab = tabs.getByRole("tab", { name: new RegExp(`^${name}( \\(unsaved changes\\))?$`) });
    this.panel = page.getByRole("tabpanel", { name: new RegExp(`^${name}( \\(unsaved changes\\))?$`) });
  }

  async open(): Promise<Locator> {
    await this.tab.click();
    await expect(this.tab).toHaveAttribute("aria-selected", "true");
    return this.panel;
  }
}

export class SettingsPanel extends AgentPanel {
  readonly form: Locator;
  /** The sticky bar at the foot of the form: unsaved count, Discard and Save. */
  readonly saveBar: Locator;
  constructor(page: Page) {
    super(page, "Settings");
    this.form = page.getByRole("form", { name: "Agent settings" });
    this.saveBar = this.form.locator("[data-save-bar]");
  }
}

export class ToolsPanel extends AgentPanel {
  constructor(page: Page) {
    super(page, "Tools");
  }

  /** An attached tool's entry. */
  tool(name: string): Locator {
    return this.panel.getByRole("listitem", { name: `Tool ${name}` });
  }
}

export class SleeptimePanel extends AgentPanel {
  /** The sleep-time panel's own region. */
  readonly region: Locator;
  constructor(page: Page) {
    super(page, "Sleep-time");
    this.region = page.getByRole("region", { name: "Sleep-time", exact: true });
  }
}
