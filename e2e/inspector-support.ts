import { expect, type Locator, type Page } from "@playwright/test";
import type Letta from "@letta-ai/letta-client";

/** The run inspector page, found by role and name. */
export class InspectorPage {
  constructor(readonly page: Page) {}

  async open(agentId: string, runId: string) {
    await this.page.goto(`/agents/${agentId}/runs/${runId}`);
    await this.page.getByRole("heading", { name: "Run inspector" }).waitFor();
  }

  step(number: number): Locator {
    return this.page.getByRole("region", { name: `Step ${number}`, exact: true });
  }

  /** Opens a step's request and response (the first step's is open already). */
  async showTrace(number: number) {
    const button = this.step(number).getByRole("button", { name: `Show step ${number}'s request and response` });
    if (await button.isVisible()) await button.click();
  }

  /** A step's "Good" or "Bad" (toggle buttons in its feedback form). */
  feedbackButton(number: number, name: "Good" | "Bad"): Locator {
    return this.step(number)
      .getByRole("form", { name: `Feedback on step ${number}` })
      .getByRole("button", { name, exact: true });
  }

  request(number: number): Locator {
    return this.step(number).getByRole("region", { name: `Request of step ${number}` });
  }

  response(number: number): Locator {
    return this.step(number).getByRole("region", { name: "Response" });
  }

  summaryValue(name: string): Locator {
    return this.page
      .getByRole("definition")
      .filter({ has: this.page.locator(`xpath=preceding-sibling::dt[normalize-space(.)="${name}"]`) });
  }
}

/** The runs page (`/agents/<id>/runs`): its filters, table and pages. */
export class RunsPage {
  readonly table: Locator;
  readonly olderRuns: Locator;
  readonly newestRuns: Locator;
  readonly noRuns: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole("table", { name: "Runs" });
    this.olderRuns = page.getByRole("navigation", { name: "Pages of runs" }).getByRole("link", { name: "Older runs" });
    this.newestRuns = page
      .getByRole("navigation", { name: "Pages of runs" })
      .getByRole("link", { name: "Newest runs" });
    this.noRuns = page.getByText("No runs match.");
  }

  async goto(agentId: string, query = "") {
    await this.page.goto(`/agents/${agentId}/runs${query ? `?${query}` : ""}`);
    await this.page.getByRole("heading", { name: "Runs", exact: true }).waitFor();
  }

  row(runId: string): Locator {
    return this.table.getByRole("row", { name: `Run ${runId}` });
  }

  /** The table's rows of runs (the header row left out). */
  get rows(): Locator {
    return this.table.getByRole("row", { name: /^Run / });
  }

  chatLink(runId: string): Locator {
    return this.row(runId).getByRole("link", { name: "Chat", exact: true });
  }

  /** Sets the filters given (others keep their value) and applies them. */
  async filter(filters: { status?: string; stopReason?: string; feedback?: string; from?: string; to?: string }) {
    const form = this.page.getByRole("form", { name: "Filter runs" });
    if (filters.status !== undefined) await form.getByRole("combobox", { name: "Status" }).selectOption(filters.status);
    if (filters.stopReason !== undefined)
      await form.getByRole("combobox", { name: "Stop reason" }).selectOption(filters.stopReason);
    if (filters.feedback !== undefined)
      await form.getByRole("combobox", { name: "Feedback" }).selectOption(filters.feedback);
    if (filters.from !== undefined) await form.getByLabel("From", { exact: true }).fill(filters.from);
    if (filters.to !== undefined) await form.getByLabel("To", { exact: true }).fill(filters.to);
    await form.getByRole("button", { name: "Apply filters" }).click();
  }
}

/**
 * Makes the agent's next run fail (`#error 500`), streamed token by token as the chat sends it (Letta 0.16.8
 * then keeps no trace of the failed call), and waits until the server holds the run as failed.
 */
export async function failedRun(letta: Letta, agentId: string): Promise<string> {
  const stream = await letta.agents.messages.create(
    agentId,
    { messages: [{ role: "user", content: "#error 500" }], streaming: true, stream_tokens: true },
    { maxRetries: 0 },
  );
  await (async () => {
    for await (const item of stream) void item;
  })().catch(() => undefined);
  const runId = await latestRunId(letta, agentId);
  await expect.poll(async () => (await letta.runs.retrieve(runId)).status).toBe("failed");
  return runId;
}

/** The run a turn started, newest first. */
export async function latestRunId(letta: Letta, agentId: string): Promise<string> {
  const runs = (await letta.runs.list({ agent_id: agentId, limit: 1, order: "desc" })).getPaginatedItems();
  const run = runs[0];
  if (!run) throw new Error(`agent ${agentId} has no run`);
  return run.id;
}
