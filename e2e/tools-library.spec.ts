import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Letta runs a tool in a fresh local sandbox; the first run on a new stack takes a while.
test.describe.configure({ timeout: 120_000 });
const toolRun = { timeout: 60_000 };

function shoutSource(name: string): string {
  return `def ${name}(text: str, times: int = 1) -> str:
    """Shout a text.

    Args:
        text: What to shout.
        times: How often.

    Returns:
        str: The shout.
    """
    import sys
    print("shouting", text)
    print("careful now", file=sys.stderr)
    return (text.upper() + "!") * times
`;
}

/** Replaces the CodeMirror editor's whole text. */
async function fillEditor(page: Page, label: string, text: string) {
  const editor = page.getByRole("textbox", { name: label });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await editor.fill(text);
}

test("a custom tool is created from source, shows what the server derived, and runs with arguments", async ({
  page,
  letta,
}) => {
  const name = `shout_${randomUUID().slice(0, 8)}`;
  await page.goto("/tools");
  await page.getByRole("button", { name: "New tool" }).click();
  await fillEditor(page, "Tool source", shoutSource(name));
  await page.getByRole("textbox", { name: "Pip requirements" }).fill("requests==2.32.3");
  await page.getByRole("button", { name: "Create tool" }).click();

  const derived = page.getByRole("region", { name: "Derived by the server" });
  await expect(derived).toContainText(`Name: ${name}`);
  await expect(derived.getByLabel("JSON schema")).toContainText('"description": "What to shout."');
  await expect(page.getByRole("heading", { name })).toBeVisible();

  const [tool] = (await letta.tools.list({ name })).getPaginatedItems();
  expect(tool?.source_code).toContain(`def ${name}(text: str`);
  expect(tool?.pip_requirements).toEqual([expect.objectContaining({ name: "requests", version: "2.32.3" })]);
  try {
    await expect(page.getByRole("region", { name: "Tool list" }).getByRole("button", { name })).toBeVisible();
    await page.getByRole("textbox", { name: "Pip requirements" }).fill("");
    await page.getByRole("button", { name: "Save tool" }).click();
    await expect.poll(async () => (await letta.tools.retrieve(tool!.id)).pip_requirements ?? []).toEqual([]);

    await fillEditor(page, "Arguments (JSON)", '{"text": "hey", "times": 2}');
    await page.getByRole("button", { name: "Run tool" }).click();
    const result = page.getByRole("group", { name: "Run result" });
    await expect(result.getByLabel("Result")).toHaveText("HEY!HEY!", toolRun);
    await expect(result.getByLabel("stdout")).toContainText("shouting hey");
    await expect(result.getByLabel("stderr")).toContainText("careful now");
    await expect(result).toContainText("The tool succeeded");
  } finally {
    if (tool) await letta.tools.delete(tool.id).catch(() => undefined);
  }
});

test("bad source gets the server's reason inline and the source is kept; bad JSON arguments never leave the browser", async ({
  page,
  letta,
}) => {
  const name = `broken_${randomUUID().slice(0, 8)}`;
  const broken = `def ${name}(text: str) -> str:\n    return text\n`;
  await page.goto("/tools");
  await page.getByRole("button", { name: "New tool" }).click();
  await fillEditor(page, "Tool source", broken);
  await page.getByRole("button", { name: "Create tool" }).click();

  await expect(page.getByRole("region", { name: "Tool workbench" }).getByRole("alert")).toContainText(
    `Function ${name} missing docstring`,
  );
  await expect(page.getByRole("textbox", { name: "Tool source" })).toContainText(`def ${name}(text: str) -> str:`);
  expect((await letta.tools.list({ name })).getPaginatedItems()).toHaveLength(0);

  const runs: string[] = [];
  page.on("request", (request) => {
    // Running is a server action: a POST with the action's id in `next-action`.
    if (request.method() === "POST" && request.headers()["next-action"]) runs.push(request.url());
  });
  await fillEditor(page, "Arguments (JSON)", '{"text": oops}');
  await page.getByRole("button", { name: "Run tool" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The arguments are not valid JSON" })).toBeVisible();
  await fillEditor(page, "Arguments (JSON)", "[1, 2]");
  await page.getByRole("button", { name: "Run tool" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "must be a JSON object" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Arguments (JSON)" })).toContainText("[1, 2]");
  expect(runs).toEqual([]);

  // A bad requirement is named as it is typed, and creating stops there (its check loads with the first edit).
  const pip = page.getByRole("textbox", { name: "Pip requirements" });
  await pip.fill("requests\nnot a package!");
  await expect(page.getByText("Line 2: Not a valid package name")).toBeVisible();
  await expect(pip).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Create tool" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Pip requirements: Line 2: Not a valid package name" }),
  ).toBeVisible();
  await expect(pip).toHaveValue("requests\nnot a package!");
  expect(runs).toEqual([]);
  await pip.fill("");

  await fillEditor(page, "Tool source", shoutSource(name));
  await page.getByRole("button", { name: "Create tool" }).click();
  await expect(page.getByRole("region", { name: "Derived by the server" })).toContainText(`Name: ${name}`);
  const [created] = (await letta.tools.list({ name })).getPaginatedItems();
  if (created) await letta.tools.delete(created.id);
});

test("editing a tool's source re-derives its name and schema", async ({ page, letta }) => {
  const suffix = randomUUID().slice(0, 8);
  const tool = await letta.tools.create({ source_code: shoutSource(`before_${suffix}`) });
  try {
    await page.goto("/tools");
    await page.getByRole("searchbox", { name: "Search tools" }).fill(`before_${suffix}`);
    await page.getByRole("button", { name: `before_${suffix}` }).click();
    await fillEditor(
      page,
      "Tool source",
      shoutSource(`after_${suffix}`).replace("What to shout.", "The words to shout."),
    );
    await page.getByRole("button", { name: "Save tool" }).click();
    const derived = page.getByRole("region", { name: "Derived by the server" });
    await expect(derived).toContainText(`Name: after_${suffix}`);
    await expect(derived.getByLabel("JSON schema")).toContainText("The words to shout.");
    const saved = await letta.tools.retrieve(tool.id);
    expect(saved.name).toBe(`after_${suffix}`);
    expect(JSON.stringify(saved.json_schema)).toContain("The words to shout.");
  } finally {
    await letta.tools.delete(tool.id).catch(() => undefined);
  }
});

test("deleting a tool first names the agents that use it", async ({ page, letta, agent }) => {
  const name = `doomed_${randomUUID().slice(0, 8)}`;
  const tool = await letta.tools.create({ source_code: shoutSource(name) });
  await letta.agents.tools.attach(tool.id, { agent_id: agent.id });
  try {
    await page.goto("/tools");
    await page.getByRole("searchbox", { name: "Search tools" }).fill(name);
    await page.getByRole("button", { name }).click();
    await page.getByRole("button", { name: "Delete tool" }).click();
    const dialog = page.getByRole("alertdialog", { name: `Delete ${name}?` });
    await expect(dialog).toContainText("1 agent uses it and will lose it");
    await expect(
      dialog.getByRole("list", { name: "Agents using this tool" }).getByRole("link", { name: agent.name }),
    ).toHaveAttribute("href", `/agents/${agent.id}`);
    await dialog.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByText("Choose a tool to see, edit or run it")).toBeVisible();
    await expect(letta.tools.retrieve(tool.id)).rejects.toMatchObject({ status: 404 });
    const after = await letta.agents.retrieve(agent.id, { include: ["agent.tools"] });
    expect(after.tools.map((t) => t.name)).not.toContain(name);
  } finally {
    await letta.tools.delete(tool.id).catch(() => undefined);
  }
});
