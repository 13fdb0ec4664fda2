import type { Locator, Page } from "@playwright/test";
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

/** The run a turn started, newest first. */
export async function latestRunId(letta: Letta, agentId: string): Promise<string> {
  const runs = (await letta.runs.list({ agent_id: agentId, limit: 1, order: "desc" })).getPaginatedItems();
  const run = runs[0];
  if (!run) throw new Error(`agent ${agentId} has no run`);
  return run.id;
}
