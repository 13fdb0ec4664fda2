import type { Locator, Page } from "@playwright/test";

/** The pages the ADE shows instead of a route: not found, an error while rendering, loading. */
export class BoundaryPage {
  readonly heading: Locator;
  readonly alert: Locator;
  readonly backToAgents: Locator;
  readonly tryAgain: Locator;
  readonly loading: Locator;
  readonly serverState: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = main.getByRole("heading", { level: 1 });
    this.alert = main.getByRole("alert");
    this.backToAgents = main.getByRole("link", { name: "Back to the agent list" });
    this.tryAgain = main.getByRole("button", { name: "Try again" });
    this.loading = main.getByRole("status").filter({ hasText: /^Loading / });
    this.serverState = page.getByRole("region", { name: "Letta server" }).getByRole("status");
  }
}
