import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { ChatPane } from "./pages/chat-pane";
import { expect, test } from "./fixtures";
import { AgentPage } from "./pages/agent-page";

// Letta runs a custom tool in a fresh local sandbox; the first run on a new stack takes a while.
test.describe.configure({ timeout: 120_000 });
const toolRun = { timeout: 60_000 };

function echoSource(name: string): string {
  return `def ${name}(word: str) -> str:
    """Echo a word back, marked.

    Args:
        word: The word.

    Returns:
        str: The marked word.
    """
    print("echoing", word)
    return f"echo<{word}>"
`;
}

async function openToolsTab(page: Page, agentId: string) {
  const agentPage = new AgentPage(page);
  await agentPage.goto(agentId);
  return agentPage.tools.open();
}

async function send(page: Page, text: string) {
  await new ChatPane(page).send(text);
}

test("a custom tool is attached from the library and the agent calls it in a chat", async ({
  page,
  letta,
  agent,
  agentPage,
}) => {
  const name = `echo_${randomUUID().slice(0, 8)}`;
  const tool = await letta.tools.create({ source_code: echoSource(name) });
  try {
    const panel = await openToolsTab(page, agent.id);
    await expect(panel.getByRole("listitem", { name: "Tool memory_insert" })).toContainText("Letta base");

    await panel.getByText("Attach a tool").click();
    const form = panel.getByRole("form", { name: "Attach a tool" });
    await form.getByRole("searchbox", { name: "Find a tool" }).fill(name);
    await form.getByRole("combobox", { name: "Tool to attach" }).selectOption({ label: `${name} (Custom)` });
    await form.getByRole("button", { name: "Attach" }).click();

    const item = panel.getByRole("listitem", { name: `Tool ${name}` });
    await expect(item).toContainText("Echo a word back, marked.");
    await expect(item).toContainText("Custom");
    await item.getByText("JSON schema").click();
    await expect(item.getByLabel("JSON schema")).toContainText('"word"');
    // The item shows at once (optimistic); wait until the server holds the attach.
    await expect
      .poll(async () => (await letta.agents.retrieve(agent.id, { include: ["agent.tools"] })).tools.map((t) => t.name))
      .toContain(name);

    await item.getByText("Run on this agent").click();
    const runArgs = item.getByRole("textbox", { name: `Arguments (JSON) for ${name}` });
    await runArgs.fill('{"word": oops');
    await item.getByRole("button", { name: `Run ${name}` }).click();
    await expect(item.getByRole("alert")).toContainText("The arguments are not valid JSON");
    await runArgs.fill('{"word": "direct"}');
    await item.getByRole("button", { name: `Run ${name}` }).click();
    const run = item.getByRole("group", { name: "Run result" });
    await expect(run.getByLabel("Result")).toHaveText("echo<direct>", toolRun);
    await expect(run.getByLabel("stdout")).toContainText("echoing direct");

    await send(page, `#tool ${name} {"word": "marco"}`);
    const conversation = agentPage.chat.log;
    await expect(conversation.getByRole("group", { name: "Tool result" })).toContainText("echo<marco>", toolRun);
    await expect(conversation.getByRole("group", { name: "Tool result" })).toContainText("echoing marco");
    await expect(conversation.getByRole("article", { name: "Agent reply" }).last()).toContainText(
      `Done: ${name} returned: echo<marco>`,
      toolRun,
    );

    await item.getByRole("button", { name: "Detach" }).click();
    await item.getByRole("button", { name: "Detach" }).click();
    await expect(panel.getByRole("listitem", { name: `Tool ${name}` })).toHaveCount(0);
    await expect
      .poll(async () => (await letta.agents.retrieve(agent.id, { include: ["agent.tools"] })).tools.map((t) => t.name))
      .not.toContain(name);
  } finally {
    await letta.tools.delete(tool.id).catch(() => undefined);
  }
});

test("requires approval is switched on from the panel, and the chat then asks before running the tool", async ({
  page,
  letta,
  agent,
  agentPage,
}) => {
  const name = `gated_${randomUUID().slice(0, 8)}`;
  const tool = await letta.tools.create({ source_code: echoSource(name) });
  await letta.agents.tools.attach(tool.id, { agent_id: agent.id });
  try {
    const panel = await openToolsTab(page, agent.id);
    const approval = panel
      .getByRole("listitem", { name: `Tool ${name}` })
      .getByRole("checkbox", { name: "Requires approval" });
    await expect(approval).not.toBeChecked();
    await approval.check();
    await expect(approval).toBeChecked();
    await expect
      .poll(async () =>
        ((await letta.agents.retrieve(agent.id)).tool_rules ?? []).some(
          (rule) => rule.type === "requires_approval" && rule.tool_name === name,
        ),
      )
      .toBe(true);

    await send(page, `#tool ${name} {"word": "polo"}`);
    const conversation = agentPage.chat.log;
    await expect(conversation.getByRole("article", { name: `Approval request ${name}` })).toContainText(
      '"word": "polo"',
    );
    await page.getByRole("region", { name: "Approval needed" }).getByRole("button", { name: "Approve" }).click();
    await expect(conversation.getByRole("group", { name: "Tool result" })).toContainText("echo<polo>", toolRun);

    await approval.uncheck();
    await expect(approval).not.toBeChecked();
    await expect
      .poll(async () =>
        ((await letta.agents.retrieve(agent.id)).tool_rules ?? []).some(
          (rule) => rule.type === "requires_approval" && rule.tool_name === name,
        ),
      )
      .toBe(false);
  } finally {
    await letta.agents.delete(agent.id).catch(() => undefined);
    await letta.tools.delete(tool.id).catch(() => undefined);
  }
});

test("tool rules are added, checked before saving, edited and removed, and the server holds each change", async ({
  page,
  letta,
  agent,
}) => {
  const panel = await openToolsTab(page, agent.id);
  const rules = panel.getByRole("region", { name: "Tool rules" });
  const serverRules = async () =>
    ((await letta.agents.retrieve(agent.id)).tool_rules ?? []).filter((rule) => rule.type !== "requires_approval");

  await rules.getByRole("button", { name: "Add a rule" }).click();
  const form = rules.getByRole("form", { name: "New tool rule" });
  await form.getByRole("combobox", { name: "Rule type" }).selectOption({ label: "Max count" });
  await form.getByRole("combobox", { name: "Tool" }).fill("memory_insert");
  await form.getByRole("textbox", { name: "Max calls per step" }).fill("0");
  const saves: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/tool-rules")) saves.push(request.method());
  });
  await form.getByRole("button", { name: "Add rule" }).click();
  await expect(form).toContainText("The limit is at least 1");
  await form.getByRole("combobox", { name: "Tool" }).fill("no_such_tool");
  await form.getByRole("textbox", { name: "Max calls per step" }).fill("2");
  await form.getByRole("button", { name: "Add rule" }).click();
  await expect(form).toContainText("no_such_tool is not one of this agent's tools");
  expect(saves).toEqual([]);

  await form.getByRole("combobox", { name: "Tool" }).fill("memory_insert");
  await form.getByRole("button", { name: "Add rule" }).click();
  const rule = rules.getByRole("listitem", { name: "Rule Max count memory_insert" });
  await expect(rule).toContainText("memory_insert at most 2× per step");
  await expect
    .poll(serverRules)
    .toEqual([expect.objectContaining({ type: "max_count_per_step", tool_name: "memory_insert", max_count_limit: 2 })]);

  await rule.getByRole("button", { name: "Edit" }).click();
  const edit = rules.getByRole("form", { name: "Edit rule Max count memory_insert" });
  await edit.getByRole("combobox", { name: "Rule type" }).selectOption({ label: "Conditional" });
  await edit
    .getByRole("textbox", { name: "Output to next tool" })
    .fill("yes => conversation_search\nno => memory_replace");
  await edit.getByRole("textbox", { name: "Default next tool (optional)" }).fill("memory_insert");
  await edit.getByRole("button", { name: "Save rule" }).click();
  const conditional = rules.getByRole("listitem", { name: "Rule Conditional memory_insert" });
  await expect(conditional).toContainText('"yes" → conversation_search');
  await expect.poll(serverRules).toEqual([
    expect.objectContaining({
      type: "conditional",
      tool_name: "memory_insert",
      child_output_mapping: { yes: "conversation_search", no: "memory_replace" },
      default_child: "memory_insert",
    }),
  ]);

  await rules.getByRole("button", { name: "Add a rule" }).click();
  const second = rules.getByRole("form", { name: "New tool rule" });
  await second.getByRole("combobox", { name: "Rule type" }).selectOption({ label: "Child" });
  await second.getByRole("combobox", { name: "Tool" }).fill("conversation_search");
  await second.getByRole("textbox", { name: "Allowed next tools" }).fill("memory_insert, memory_replace");
  await second.getByRole("button", { name: "Add rule" }).click();
  await expect(rules.getByRole("listitem", { name: "Rule Child conversation_search" })).toBeVisible();
  await expect
    .poll(async () => (await serverRules()).map((r) => r.type))
    .toEqual(["conditional", "constrain_child_tools"]);

  await conditional.getByRole("button", { name: "Remove" }).click();
  await conditional.getByRole("button", { name: "Remove" }).click();
  await expect(rules.getByRole("listitem", { name: "Rule Conditional memory_insert" })).toHaveCount(0);
  await expect.poll(serverRules).toEqual([
    expect.objectContaining({
      type: "constrain_child_tools",
      tool_name: "conversation_search",
      children: ["memory_insert", "memory_replace"],
    }),
  ]);
});
