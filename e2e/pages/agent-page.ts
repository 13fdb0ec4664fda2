import { expect, type Locator, type Page } from "@playwright/test";
import { SettingsPanel, SleeptimePanel, ToolsPanel } from "./agent-panels";
import { ChatPane } from "./chat-pane";
import { MemoryPane } from "./memory-pane";

/** The agent workspace: agent pane (settings, tools, sleep-time), chat, memory. */
export class AgentPage {
  readonly chat: ChatPane;
  readonly memory: MemoryPane;
  readonly settings: SettingsPanel;
  readonly tools: ToolsPanel;
  readonly sleeptime: SleeptimePanel;
  /** The agent pane's region (holds the settings, tools and sleep-time tabs). */
  readonly agentPane: Locator;
  /** The agent's name. */
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.chat = new ChatPane(page);
    this.memory = new MemoryPane(page);
    this.settings = new SettingsPanel(page);
    this.tools = new ToolsPanel(page);
    this.sleeptime = new SleeptimePanel(page);
    this.agentPane = page.getByRole("region", { name: "Agent", exact: true });
    this.heading = page.getByRole("heading", { level: 1 });
  }

  /** Opens an agent (optionally in one of its conversations) and waits for its name. */
  async goto(agentId: string, options: { conversation?: string; name?: string } = {}) {
    const query = options.conversation ? `?conversation=${encodeURIComponent(options.conversation)}` : "";
    await this.page.goto(`/agents/${agentId}${query}`);
    if (options.name) await expect(this.page.getByRole("heading", { level: 1, name: options.name })).toBeVisible();
    else await expect(this.heading).toBeVisible();
  }

  /** What the page says when its agent is deleted while it is open. */
  get deletedNotice(): Locator {
    return this.page.getByRole("alert").filter({ hasText: "This agent was deleted." });
  }

  /** A pane's region by name; under 1024 px its tab is chosen first. */
  pane(name: "Agent" | "Chat" | "Memory"): Locator {
    return this.page.getByRole("region", { name, exact: true });
  }

  /** The collapse or expand button of a side pane. */
  paneToggle(name: "Agent" | "Memory", action: "Collapse" | "Expand"): Locator {
    return this.page.getByRole("button", { name: `${action} ${name} pane` });
  }

  /** The separator that resizes a side pane. */
  separator(name: "Agent" | "Memory"): Locator {
    return this.page.getByRole("separator", { name: `Resize the ${name} pane` });
  }

  /** The agent pane's tabs (Settings, Tools, Sleep-time, Files, Next request, Code). */
  get agentTabs(): Locator {
    return this.page.getByRole("tablist", { name: "Agent panels" }).getByRole("tab");
  }

  /** The top bar's agent switcher (its name is its visible label). */
  get switcher(): Locator {
    return this.page.getByRole("banner").getByRole("button", { name: "Switch agent", exact: true });
  }

  /** Under 1024 px: the tab of a pane. */
  paneTab(name: "Agent" | "Chat" | "Memory"): Locator {
    return this.page.getByRole("tablist", { name: "Workspace panes" }).getByRole("tab", { name, exact: true });
  }
}
