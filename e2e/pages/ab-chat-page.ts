import { expect, type Locator, type Page } from "@playwright/test";

/** One agent's column on the A/B chat page. */
export class AbSide {
  readonly region: Locator;
  /** The column's transcript (a live log). */
  readonly log: Locator;
  readonly workspaceLink: Locator;

  constructor(
    readonly page: Page,
    readonly side: "A" | "B",
    name: string,
  ) {
    this.region = page.getByRole("region", { name: `${side}: ${name}`, exact: true });
    this.log = page.getByRole("log", { name: `Conversation with ${side}` });
    this.workspaceLink = this.region.getByRole("link", { name: `Open workspace of ${side} (${name})` });
  }

  replies(): Locator {
    return this.log.getByRole("article", { name: "Agent reply" });
  }

  toolCall(name: string): Locator {
    return this.log.getByRole("article", { name: `Tool call ${name}` });
  }
}

/** `/compare/chat`: two agents side by side, one composer, a dataset's test messages and their latest replay. */
export class AbChatPage {
  readonly heading: Locator;
  readonly message: Locator;
  readonly sendButton: Locator;
  readonly stopButton: Locator;
  readonly chatTab: Locator;
  readonly testsTab: Locator;
  readonly newTestMessage: Locator;
  readonly addTestMessageButton: Locator;
  readonly savedTestMessages: Locator;
  /** The dataset whose cases are the pair's test messages. */
  readonly datasetPicker: Locator;
  readonly replayButton: Locator;
  readonly stopReplayButton: Locator;
  readonly latestReplay: Locator;
  readonly clearReplayButton: Locator;
  readonly differencesLink: Locator;
  readonly pickAgentsLink: Locator;
  /** What the page says when it cannot show two agents. */
  readonly problem: Locator;
  a!: AbSide;
  b!: AbSide;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "A/B chat" });
    this.message = page.getByRole("textbox", { name: "Message", exact: true });
    this.sendButton = page.getByRole("button", { name: "Send", exact: true });
    this.stopButton = page.getByRole("button", { name: "Stop", exact: true });
    this.chatTab = page.getByRole("tab", { name: "Chat", exact: true });
    this.testsTab = page.getByRole("tab", { name: /^Test messages/ });
    this.newTestMessage = page.getByRole("textbox", { name: "New test message" });
    this.addTestMessageButton = page.getByRole("button", { name: "Add test message", exact: true });
    this.savedTestMessages = page.getByRole("list", { name: "Saved test messages" });
    this.datasetPicker = page.getByRole("combobox", { name: "Dataset", exact: true });
    this.replayButton = page.getByRole("button", { name: "Replay test messages", exact: true });
    this.stopReplayButton = page.getByRole("button", { name: "Stop replay", exact: true });
    this.latestReplay = page.getByRole("region", { name: "Latest replay" });
    this.clearReplayButton = page.getByRole("button", { name: "Clear the latest replay" });
    this.differencesLink = page.getByRole("link", { name: "Differences", exact: true });
    this.pickAgentsLink = page.getByRole("link", { name: "Pick two agents", exact: true });
    this.problem = page.getByRole("main").getByRole("alert");
  }

  /** Opens the page for two agents and waits for both columns. */
  async goto(a: { id: string; name: string }, b: { id: string; name: string }) {
    await this.page.goto(`/compare/chat?a=${encodeURIComponent(a.id)}&b=${encodeURIComponent(b.id)}`);
    this.a = new AbSide(this.page, "A", a.name);
    this.b = new AbSide(this.page, "B", b.name);
    await expect(this.heading).toBeVisible();
    await expect(this.message).toBeVisible();
  }

  /** Sends one message to both agents (it does not wait for the replies). */
  async send(text: string) {
    await this.message.fill(text);
    await this.sendButton.click();
  }

  async openTests() {
    await this.testsTab.click();
    await expect(this.newTestMessage).toBeVisible();
  }

  /** Saves a test message and waits until it is in the list. */
  async addTestMessage(text: string) {
    await this.newTestMessage.fill(text);
    await this.addTestMessageButton.click();
    await expect(this.testMessages().filter({ hasText: text })).toBeVisible();
  }

  /** The saved test messages (a dataset's cases), not the turns inside one. */
  testMessages(): Locator {
    return this.savedTestMessages.getByRole("listitem", { name: /^Test message \d+$/ });
  }

  testMessageButton(action: "Remove", position: number): Locator {
    return this.page.getByRole("button", { name: `${action} test message ${position}`, exact: true });
  }

  /** A side's kept reply to one replayed message (1-based). */
  replayReply(side: "A" | "B", position: number): Locator {
    return this.latestReplay.getByRole("region", { name: `${side}'s reply to message ${position}` });
  }
}
