import { expect, type Locator, type Page } from "@playwright/test";

/** The agent page's chat: the conversation log, the composer and the conversation picker. */
export class ChatPane {
  readonly region: Locator;
  /** The transcript (a live log), once settled: not the stand-in shown (`aria-busy`) while the full list loads. */
  readonly log: Locator;
  readonly message: Locator;
  readonly sendButton: Locator;
  readonly stopButton: Locator;
  /** The conversation picker. */
  readonly conversation: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole("region", { name: "Chat", exact: true });
    this.log = page.getByRole("log", { name: "Conversation" }).and(page.locator(":not([aria-busy=true])"));
    this.message = page.getByRole("textbox", { name: "Message" });
    this.sendButton = page.getByRole("button", { name: "Send", exact: true });
    this.stopButton = page.getByRole("button", { name: "Stop", exact: true });
    this.conversation = page.getByRole("combobox", { name: "Conversation" });
  }

  /** The mark on a turn someone else is sending (another tab, another person), which this page watches. */
  get watchedTurnMark(): Locator {
    return this.log.getByRole("note").filter({ hasText: /^Sent (from another tab|by )/ });
  }

  /** The first row of a run's turn, once the chat has found it (from a `#turn-<run id>` link). */
  turn(runId: string): Locator {
    return this.log.getByRole("group", { name: `Turn of run ${runId}` });
  }

  /**
   * A message's "Fork from here" (named by its visible text, then the message's first words). It shows when the
   * pointer is over the message or the focus is on it; Playwright's click hovers first.
   */
  forkButton(messageText: string): Locator {
    return this.log.getByRole("button", { name: `Fork from here: ${messageText}` });
  }

  /** The rows the chat highlights for a turn it was sent to. */
  get highlightedRows(): Locator {
    return this.log.locator("[data-highlighted]");
  }

  /** "Finding turn…" while older history loads, and the reason when the turn is not in the conversation. */
  get turnSearchStatus(): Locator {
    return this.region.getByRole("status").filter({ hasText: "Finding turn…" });
  }

  get turnSearchAlert(): Locator {
    return this.region.getByRole("alert");
  }

  /** Types a message and sends it (it does not wait for the reply). */
  async send(text: string) {
    await this.message.fill(text);
    await this.sendButton.click();
  }

  /** Sends a message and waits until the reply's text shows in the log. */
  async sendAndExpect(text: string, reply: string | RegExp) {
    await this.send(text);
    await expect(this.log).toContainText(reply);
  }
}
