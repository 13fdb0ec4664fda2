import { expect, type Locator, type Page } from "@playwright/test";

/** `/evals`, a dataset's page and an experiment's page. */
export class EvalsPage {
  constructor(readonly page: Page) {}

  async gotoHome() {
    await this.page.goto("/evals");
    await expect(this.page.getByRole("heading", { name: "Evals", level: 1 })).toBeVisible();
  }

  get newDatasetForm(): Locator {
    return this.page.getByRole("form", { name: "New dataset" });
  }

  get importForm(): Locator {
    return this.page.getByRole("form", { name: "Import a dataset" });
  }

  /** Creates a dataset from /evals and waits for its page; returns its id. */
  async createDataset(name: string, gate = "1"): Promise<string> {
    await this.gotoHome();
    await this.newDatasetForm.getByLabel("Name").fill(name);
    await this.newDatasetForm.getByLabel("Gate (pass rate, 0 to 1)").fill(gate);
    await this.newDatasetForm.getByRole("button", { name: "Create dataset" }).click();
    return this.waitForDatasetPage(name);
  }

  async waitForDatasetPage(name: string): Promise<string> {
    await expect(this.page.getByRole("heading", { name, level: 1 })).toBeVisible();
    const match = /\/evals\/datasets\/(ds-[A-Za-z0-9_-]+)$/.exec(new URL(this.page.url()).pathname);
    if (!match?.[1]) throw new Error(`not a dataset page: ${this.page.url()}`);
    return match[1];
  }

  /** Imports a file (name and text) from /evals. */
  async importFile(name: string, text: string) {
    await this.gotoHome();
    await this.importForm
      .getByLabel("Dataset file")
      .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    await this.importForm.getByRole("button", { name: "Import dataset" }).click();
  }

  /**
   * Clicks an "Add to dataset" button (under a chat turn, on a run's page), adds the turn to the named dataset
   * or to a new one with that name, and follows "Open the dataset"; returns the new case's id.
   */
  async addTurnToDataset(button: Locator, target: { dataset: string } | { newDataset: string }): Promise<string> {
    await button.click();
    const dialog = this.page.getByRole("dialog", { name: "Add to dataset" });
    const choice = dialog.getByLabel("Dataset", { exact: true });
    if ("dataset" in target) {
      const option = choice.getByRole("option", { name: new RegExp(`^${escapeRegExp(target.dataset)} \\(`) });
      await choice.selectOption((await option.getAttribute("value")) ?? "");
    } else {
      await choice.selectOption({ label: "A new dataset…" });
      await dialog.getByLabel("New dataset's name").fill(target.newDataset);
    }
    await dialog.getByRole("button", { name: "Add the case" }).click();
    const added = dialog.getByRole("status");
    await expect(added).toHaveText(/^Added as case-\d+\./);
    const caseId = /case-\d+/.exec((await added.textContent()) ?? "")?.[0] ?? "";
    await dialog.getByRole("link", { name: "Open the dataset" }).click();
    return caseId;
  }

  /** A case's row on its dataset's page. */
  datasetCaseRow(caseId: string): Locator {
    return this.casesSection
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell", { name: caseId, exact: true }) });
  }

  get caseForm(): Locator {
    return this.page.getByRole("form", { name: "Case" });
  }

  get graderForm(): Locator {
    return this.page.getByRole("form", { name: "Grader" });
  }

  get casesSection(): Locator {
    return this.page.getByRole("region", { name: /^Cases/ });
  }

  get gradersSection(): Locator {
    return this.page.getByRole("region", { name: /^Graders/ });
  }

  /** Fills the case form (opened with "Add a case" or "Edit case …") and saves it. */
  async fillCase(values: { messages: string[]; expected?: string }) {
    const form = this.caseForm;
    for (const [index, message] of values.messages.entries()) {
      if (index > 0 && (await form.getByLabel(`Message ${index + 1}`, { exact: true }).count()) === 0)
        await form.getByRole("button", { name: "Add a message" }).click();
      await form.getByLabel(`Message ${index + 1}`, { exact: true }).fill(message);
    }
    if (values.expected !== undefined) await form.getByLabel("Expected answer").fill(values.expected);
    await form.getByRole("button", { name: "Save case" }).click();
  }

  /** Opens the grader form for a new grader and fills the common fields. */
  async startGrader(name: string, kind: string) {
    await this.gradersSection.getByRole("button", { name: "Add a grader" }).click();
    await this.graderForm.getByLabel("Grader name").fill(name);
    await this.graderForm.getByLabel("Kind").selectOption({ label: kind });
  }

  async saveGrader() {
    await this.graderForm.getByRole("button", { name: "Save grader" }).click();
  }

  get runForm(): Locator {
    return this.page.getByRole("form", { name: "Run an experiment" });
  }

  /** Picks the agents by name, sets the concurrency and starts; returns the experiment's id. */
  async runExperiment(agentNames: string[], concurrency = 2): Promise<string> {
    for (const [index, name] of agentNames.entries()) {
      if (index > 0) await this.runForm.getByRole("button", { name: "Add another agent" }).click();
      const box = this.runForm.getByRole("combobox", { name: `Agent ${index + 1}` });
      await box.fill(name);
      await this.page.getByRole("option", { name, exact: true }).click();
      await expect(box).toHaveValue(name);
    }
    await this.runForm.getByLabel("Cases at a time").fill(String(concurrency));
    await this.runForm.getByRole("button", { name: "Run experiment" }).click();
    await expect(this.page.getByRole("heading", { name: /^Experiment: / })).toBeVisible();
    const match = /\/evals\/experiments\/(exp-[0-9a-f-]+)$/.exec(new URL(this.page.url()).pathname);
    if (!match?.[1]) throw new Error(`not an experiment page: ${this.page.url()}`);
    return match[1];
  }

  get progress(): Locator {
    return this.page.getByRole("status", { name: "Progress" });
  }

  get results(): Locator {
    return this.page.getByRole("table", { name: "Case results" });
  }

  /** One case's row ("case-1" on agent "name"). */
  caseRow(caseId: string, agentName: string): Locator {
    return this.results.getByRole("row", { name: `Case ${caseId} on ${agentName}`, exact: true });
  }

  get summary(): Locator {
    return this.page.getByRole("table", { name: "Summary per agent" });
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
