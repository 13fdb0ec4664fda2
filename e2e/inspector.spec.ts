import { expect, test } from "./fixtures";
import { failedRun, InspectorPage, latestRunId, RunsPage } from "./inspector-support";
import { ChatPane } from "./pages/chat-pane";

test("a #remember turn opens in the inspector: two steps, the exact requests and response, usage as Letta counts it", async ({
  page,
  agent,
  letta,
}) => {
  await page.goto(`/agents/${agent.id}`);
  const conversation = new ChatPane(page).log;
  await new ChatPane(page).send("#remember likes oolong tea");
  await expect(conversation.getByText("Turn complete")).toBeVisible({ timeout: 45_000 });
  const streamed = (await conversation.getByText("Turn complete").textContent()) ?? "";

  await conversation
    .getByRole("link", { name: /^Inspect run run-/ })
    .last()
    .click();
  await expect(page).toHaveURL(new RegExp(`/agents/${agent.id}/runs/run-`));
  const runId = page.url().split("/runs/")[1] ?? "";
  const inspector = new InspectorPage(page);
  await expect(page.getByRole("heading", { name: "Steps (2)" })).toBeVisible();

  // Step 1: the user's message went out with memory_insert offered; the model answered with that call.
  const request1 = inspector.request(1);
  await expect(request1.getByRole("list", { name: "Messages in the request" })).toContainText(
    "#remember likes oolong tea",
  );
  await expect(request1.getByRole("list", { name: "Tools offered" })).toContainText("memory_insert");
  await expect(inspector.response(1)).toContainText('memory_insert({"label":"human","new_string":"likes oolong tea"})');
  await expect(request1.getByLabel("Memory blocks in the request")).toContainText("The user runs end-to-end tests.");
  await expect(request1.getByLabel("Memory blocks in the request")).not.toContainText("likes oolong tea");
  await expect(inspector.step(1).getByRole("list", { name: "What step 1 did" })).toContainText(
    "Result (success): The user runs end-to-end tests.",
  );

  // Step 2: its request carries the tool's result, the block's new value.
  await inspector.showTrace(2);
  await expect(inspector.request(2).getByRole("list", { name: "Messages in the request" })).toContainText(
    "The user runs end-to-end tests.\\nlikes oolong tea",
  );
  // Letta 0.16.8 compiles memory into the system prompt when a run starts, not between its steps: the new value
  // reaches step 2 as the tool's result above (the next run's memory holds it: see the compare test below).
  await expect(inspector.request(2).getByLabel("Memory blocks in the request")).not.toContainText("likes oolong tea");
  await expect(inspector.response(2)).toContainText("Done: memory_insert returned");

  // Usage equals what the server counts for the run, and what the chat showed while it streamed.
  const usage = await letta.runs.usage.retrieve(runId);
  await expect(inspector.summaryValue("Prompt tokens")).toHaveText(String(usage.prompt_tokens));
  await expect(inspector.summaryValue("Completion tokens")).toHaveText(String(usage.completion_tokens));
  await expect(inspector.summaryValue("Total tokens")).toHaveText(String(usage.total_tokens));
  expect(streamed).toContain(`2 steps, ${usage.prompt_tokens} prompt + ${usage.completion_tokens} completion tokens`);

  // The JSON view is one click away, with search and copy.
  await inspector.step(1).getByRole("button", { name: "JSON" }).click();
  const json = inspector.step(1).getByRole("region", { name: "JSON of step 1" });
  await json.getByRole("searchbox", { name: "Search JSON of step 1" }).fill("tool_choice");
  await expect(json).toContainText('"auto"');
  await expect(json.getByRole("button", { name: "Copy JSON of step 1" })).toBeVisible();
});

test("a turn loaded from history shows the same usage as when it streamed", async ({ page, agent, letta }) => {
  await page.goto(`/agents/${agent.id}`);
  const conversation = new ChatPane(page).log;
  await new ChatPane(page).send("#remember history usage");
  await expect(conversation.getByText("Turn complete")).toBeVisible({ timeout: 45_000 });
  const streamed = (await conversation.getByText("Turn complete").textContent()) ?? "";
  const usage = streamed.match(/\d+ steps?, \d+ prompt \+ \d+ completion tokens/)?.[0];
  expect(usage).toBeTruthy();

  await page.reload();
  const summary = conversation.getByRole("note", { name: "Turn summary" }).last();
  await expect(summary).toContainText(`${usage} · Inspect run`);
  const link = summary.getByRole("link", { name: /^Inspect run run-/ });
  await expect(link).toBeVisible();
  // …and both are what the server counts for the run.
  const runId = ((await link.getAttribute("aria-label")) ?? "").replace("Inspect run ", "");
  const counted = await letta.runs.usage.retrieve(runId);
  expect(usage).toBe(`2 steps, ${counted.prompt_tokens} prompt + ${counted.completion_tokens} completion tokens`);
});

test("the footers of the turns shown are read together, each with its run's usage as Letta counts it", async ({
  page,
  agent,
  letta,
}) => {
  for (const content of ["#remember footers read together", "a plain turn", "#remember a third turn"])
    await letta.agents.messages.create(agent.id, { messages: [{ role: "user", content }] }, { maxRetries: 0 });
  const runs = (await letta.runs.list({ agent_id: agent.id })).getPaginatedItems();
  expect(runs).toHaveLength(3);
  const reads: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith("/api/runs/") || path === `/api/agents/${agent.id}/runs`) reads.push(request.url());
  });

  await page.goto(`/agents/${agent.id}`);
  const conversation = new ChatPane(page).log;
  for (const run of runs) {
    const counted = await letta.runs.usage.retrieve(run.id);
    const steps = (await letta.runs.steps.list(run.id)).getPaginatedItems().length;
    const summary = conversation
      .getByRole("note", { name: "Turn summary" })
      .filter({ has: page.getByRole("link", { name: `Inspect run ${run.id}` }) });
    await expect(summary).toContainText(
      `${steps} step${steps === 1 ? "" : "s"}, ${counted.prompt_tokens} prompt + ${counted.completion_tokens} completion tokens · Inspect run`,
    );
  }
  // Read together (footers that mount together share a read), none run by run, each run once.
  expect(reads.every((url) => new URL(url).pathname === `/api/agents/${agent.id}/runs`)).toBe(true);
  expect(reads.length).toBeLessThan(runs.length);
  const asked = reads.flatMap((url) => new URL(url).searchParams.getAll("id"));
  expect(asked.sort()).toEqual(runs.map((run) => run.id).sort());
});

test("the preview of the next request holds a block value edited a moment before", async ({ page, agent, letta }) => {
  const value = `Prefers jasmine tea (${Date.now()}).`;
  await letta.agents.blocks.update("human", { agent_id: agent.id, value });
  await page.goto(`/agents/${agent.id}`);
  await page.getByRole("tab", { name: "Next request" }).click();
  await page.getByRole("textbox", { name: "Message to preview with" }).fill("what do I like?");
  await page.getByRole("button", { name: "Preview the next request" }).click();
  const preview = page.getByRole("region", { name: "Next request", exact: true });
  await expect(preview.getByRole("definition").filter({ hasText: value })).toBeVisible({ timeout: 30_000 });
  await expect(preview.getByRole("list", { name: "Messages in the request" })).toContainText("what do I like?");
  await expect(page.getByRole("table", { name: "Token estimate per section" })).toContainText("Memory (as compiled)");
  // Nothing was sent: the server holds no run for the agent.
  expect((await letta.runs.list({ agent_id: agent.id })).getPaginatedItems()).toHaveLength(0);
});

test("feedback on a step is saved on the server and the runs page filters by it", async ({ page, agent, letta }) => {
  await letta.agents.messages.create(
    agent.id,
    { messages: [{ role: "user", content: "first turn" }] },
    { maxRetries: 0 },
  );
  const liked = await latestRunId(letta, agent.id);
  await letta.agents.messages.create(
    agent.id,
    { messages: [{ role: "user", content: "second turn" }] },
    { maxRetries: 0 },
  );
  const other = await latestRunId(letta, agent.id);
  expect(other).not.toBe(liked);

  const inspector = new InspectorPage(page);
  await inspector.open(agent.id, liked);
  await inspector.step(1).getByRole("textbox", { name: "Tags of step 1" }).fill("helpful, concise");
  await inspector.feedbackButton(1, "Good").click();
  await expect(inspector.feedbackButton(1, "Good")).toHaveAttribute("aria-pressed", "true");
  const stepId = (await letta.runs.steps.list(liked)).getPaginatedItems()[0]?.id ?? "";
  await expect
    .poll(async () => {
      const step = await letta.steps.retrieve(stepId);
      return [step.feedback, step.tags];
    })
    .toEqual(["positive", ["helpful", "concise"]]);

  await page.goto(`/agents/${agent.id}/runs`);
  const table = page.getByRole("table", { name: "Runs" });
  await expect(table.getByRole("row", { name: `Run ${liked}` })).toBeVisible();
  await expect(table.getByRole("row", { name: `Run ${other}` })).toBeVisible();
  await page.getByRole("combobox", { name: "Feedback" }).selectOption("positive");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/feedback=positive/);
  await expect(table.getByRole("row", { name: `Run ${other}` })).toHaveCount(0);
  await expect(table.getByRole("row", { name: `Run ${liked}` })).toContainText("good: 1");
  await expect(table.getByRole("row", { name: `Run ${liked}` })).toContainText("helpful, concise");
  await expect(page.getByRole("figure", { name: "Tokens per run over time" })).toBeVisible();

  await page.getByRole("combobox", { name: "Feedback" }).selectOption("negative");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("No runs match.")).toBeVisible();
});

test("a run the model failed (#error) shows Letta's error in the inspector and on the runs page", async ({
  page,
  agent,
  letta,
}) => {
  const runId = await failedRun(letta, agent.id);

  const inspector = new InspectorPage(page);
  await inspector.open(agent.id, runId);
  await expect(page.getByRole("alert", { name: "Run error" })).toContainText("Scripted model error (HTTP 500)");
  await expect(inspector.summaryValue("Status")).toHaveText("failed");
  await expect(inspector.summaryValue("Stop reason")).toHaveText("Stopped: the model provider returned an error");
  await expect(inspector.step(1).getByRole("alert")).toContainText("Scripted model error (HTTP 500)");
  await expect(inspector.step(1).getByRole("note")).toContainText("No request or response recorded for this step");

  await page.goto(`/agents/${agent.id}/runs?status=failed`);
  await expect(page.getByRole("row", { name: `Run ${runId}` })).toContainText("Scripted model error (HTTP 500)");
});

test("two steps of two runs compare: the memory edit between their requests and the new messages", async ({
  page,
  agent,
  letta,
}) => {
  await letta.agents.messages.create(
    agent.id,
    { messages: [{ role: "user", content: "#remember likes genmaicha" }] },
    { maxRetries: 0 },
  );
  const first = await latestRunId(letta, agent.id);
  await letta.agents.messages.create(
    agent.id,
    { messages: [{ role: "user", content: "and now?" }] },
    { maxRetries: 0 },
  );
  const second = await latestRunId(letta, agent.id);

  const inspector = new InspectorPage(page);
  await inspector.open(agent.id, first);
  await inspector.step(1).getByRole("checkbox", { name: "Compare step 1" }).check();
  await inspector.open(agent.id, second);
  await inspector.step(1).getByRole("checkbox", { name: "Compare step 1" }).check();
  await page.getByRole("link", { name: "Compare the two picked steps" }).click();

  await expect(page.getByRole("heading", { name: "Compare two steps" })).toBeVisible();
  const human = page.getByLabel("Change of block human");
  await expect(human.locator("ins")).toContainText("likes genmaicha");
  await expect(page.getByRole("region", { name: "New messages" })).toContainText("and now?");
  await expect(page.getByRole("region", { name: "Tools offered change" })).toContainText("The same tools.");
});

test("the runs page filters by status, stop reason and date, and keeps the filters in the address", async ({
  page,
  agent,
  letta,
}) => {
  await letta.agents.messages.create(
    agent.id,
    { messages: [{ role: "user", content: "a turn that completes" }] },
    { maxRetries: 0 },
  );
  const completed = await latestRunId(letta, agent.id);
  const failed = await failedRun(letta, agent.id);
  // Dates are days in UTC, as Letta stores the runs' times.
  const created = new Date((await letta.runs.retrieve(completed)).created_at ?? Date.now());
  const day = (offset: number) => new Date(created.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

  const runs = new RunsPage(page);
  await runs.goto(agent.id);
  await expect(runs.row(completed)).toBeVisible();
  await expect(runs.row(failed)).toContainText("Scripted model error (HTTP 500)");

  await runs.filter({ status: "failed" });
  await expect(page).toHaveURL(/[?&]status=failed/);
  await expect(runs.row(failed)).toBeVisible();
  await expect(runs.row(completed)).toHaveCount(0);

  await runs.filter({ status: "", stopReason: "end_turn" });
  await expect(page).toHaveURL(/[?&]stopReason=end_turn/);
  await expect(runs.row(completed)).toBeVisible();
  await expect(runs.row(failed)).toHaveCount(0);

  await runs.filter({ stopReason: "", from: day(1) });
  await expect(page).toHaveURL(new RegExp(`[?&]from=${day(1)}`));
  await expect(runs.noRuns).toBeVisible();
  await runs.filter({ from: day(0), to: day(0) });
  await expect(runs.row(completed)).toBeVisible();
  await expect(runs.row(failed)).toBeVisible();
  await runs.filter({ from: "", to: day(-1) });
  await expect(runs.noRuns).toBeVisible();

  // The address alone restores the filters.
  await page.goto(`/agents/${agent.id}/runs?status=failed&to=${day(0)}`);
  await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("failed");
  await expect(runs.row(failed)).toBeVisible();
  await expect(runs.row(completed)).toHaveCount(0);
});
