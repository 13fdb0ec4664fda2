import type { Tool } from "@letta-ai/letta-client/resources/tools";
import { randomUUID } from "node:crypto";
import { expect, test as base } from "./fixtures";
import type { AgentPage } from "./pages/agent-page";
import { storedMessages } from "./stored-messages";
import { scriptedEmbedding, scriptedModel } from "./test-stack";
import { allPayloads, armXssTrap, expectInert, xssPayloads } from "./xss-payloads";
import { agentFileSchema } from "../lib/agent-files/schema";

/** A custom tool that returns its argument, described by every payload; deleted after the test. */
const test = base.extend<{ echoTool: Tool; cleanup: Array<() => Promise<unknown>> }>({
  echoTool: async ({ letta }, use) => {
    const name = `echo_text_${randomUUID().slice(0, 8)}`;
    const tool = await letta.tools.create({
      source_code: `def ${name}(text: str) -> str:\n    """Returns the text.\n\n    Args:\n        text: any text\n    """\n    return text\n`,
      description: allPayloads,
    });
    await use(tool);
    await letta.tools.delete(tool.id).catch(() => undefined);
  },
  cleanup: async ({}, use) => {
    const steps: Array<() => Promise<unknown>> = [];
    await use(steps);
    for (const step of steps) await step().catch(() => undefined);
  },
});

async function send(agentPage: AgentPage, text: string) {
  const completed = agentPage.chat.log.getByText("Turn complete");
  const before = await completed.count();
  await agentPage.chat.send(text);
  await expect(completed).toHaveCount(before + 1, { timeout: 60_000 });
}

test("agent replies, reasoning, tool arguments and tool results stay inert, streamed and from history", async ({
  page,
  agent,
  letta,
  echoTool,
  agentPage,
}) => {
  test.setTimeout(150_000);
  await letta.agents.tools.attach(echoTool.id, { agent_id: agent.id });
  const trap = await armXssTrap(page);
  await agentPage.goto(agent.id);
  const conversation = agentPage.chat.log;

  // Streamed: the reply and the reasoning are every payload, verbatim.
  await send(agentPage, `#reason #say ${allPayloads}`);
  const reply = conversation.getByRole("article", { name: "Agent reply" }).last();
  await expectInert(page, trap, reply);
  await expectInert(page, trap, conversation.getByRole("group", { name: "Reasoning" }).last());

  // Streamed: the tool's arguments and its result (and the model's summary of it).
  await send(agentPage, `#tool ${echoTool.name} ${JSON.stringify({ text: allPayloads })}`);
  await expectInert(page, trap, conversation.getByRole("article", { name: `Tool call ${echoTool.name}` }));
  await expectInert(page, trap, conversation.getByRole("group", { name: "Tool result" }).last());

  // The server holds the payloads as sent: nothing was escaped or dropped on the way.
  await expect
    .poll(async () => {
      const stored = await storedMessages(letta, agent.id);
      return {
        reply: stored.some(
          (message) => message.message_type === "assistant_message" && message.content === allPayloads,
        ),
        reasoning: stored.some(
          (message) => message.message_type === "reasoning_message" && message.reasoning === allPayloads,
        ),
        toolReturn: stored.some(
          (message) =>
            message.message_type === "tool_return_message" &&
            (message.tool_returns ?? []).some((item) => String(item.tool_return).includes("XSS30")),
        ),
      };
    })
    .toEqual({ reply: true, reasoning: true, toolReturn: true });

  // From history: the same messages, loaded from the server after a reload.
  await page.reload();
  await expect(
    conversation.getByRole("article", { name: "Agent reply" }).filter({ hasText: "XSS30" }).first(),
  ).toBeVisible();
  await expectInert(page, trap, conversation);

  // The tool's description (every payload) where tools are listed.
  await page.goto("/agents/new");
  await expectInert(page, trap, page.locator("label").filter({ hasText: echoTool.name ?? "" }));
});

test("block values and archival passages stay inert", async ({ page, agent, letta, agentPage }) => {
  test.setTimeout(120_000);
  await letta.agents.blocks.update("human", { agent_id: agent.id, value: allPayloads });
  for (let index = 0; index < xssPayloads.length; index += 2) {
    const text = xssPayloads
      .slice(index, index + 2)
      .map((payload) => payload.text)
      .join("\n\n");
    await letta.agents.passages.create(agent.id, { text });
  }
  const trap = await armXssTrap(page);
  await agentPage.goto(agent.id);

  // The card's first lines, the editor and the focused editor's markdown preview.
  await expectInert(page, trap, agentPage.memory.card("human"));
  const human = await agentPage.memory.block("human");
  await expect(human.locator("textarea")).toHaveValue(allPayloads);
  await expectInert(page, trap, agentPage.memory.region, []);
  const focused = await agentPage.memory.focus("human");
  await expect(focused.locator("textarea")).toHaveValue(allPayloads);
  await expectInert(page, trap, focused.getByRole("region", { name: "Preview" }));
  await page.keyboard.press("Escape");
  await expect(focused).toBeHidden();

  await agentPage.memory.show("Archival memory");
  await expectInert(page, trap, page.getByRole("region", { name: "Passages", exact: true }));

  // The blocks library shows the newest blocks, this one among them.
  await page.goto("/blocks");
  const values = () =>
    page
      .getByRole("textbox")
      .evaluateAll((boxes) => boxes.map((box) => (box instanceof HTMLTextAreaElement ? box.value : "")));
  await expect.poll(values).toContain(allPayloads);
  await expectInert(page, trap, page.locator("body"), []);
});

test("agent names and descriptions stay inert in the list and on the agent page", async ({ page, letta, cleanup }) => {
  test.setTimeout(120_000);
  const tag = `xss-${randomUUID().slice(0, 8)}`;
  const ids: string[] = [];
  for (const payload of xssPayloads) {
    // Letta checks names only on create; an update (or another client) can store any text.
    const created = await letta.agents.create({
      name: `xss-${payload.n}-${tag}`,
      model: scriptedModel,
      embedding: scriptedEmbedding,
      tags: [tag],
    });
    ids.push(created.id);
    cleanup.push(() => letta.agents.delete(created.id));
    await letta.agents.update(created.id, { name: payload.text, description: allPayloads });
  }
  const trap = await armXssTrap(page);
  await page.goto(`/agents?tag=${tag}`);
  await expectInert(page, trap, page.getByRole("main"));

  await page.goto(`/agents/${ids[0]}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("XSS01");
  await expectInert(page, trap, page.getByRole("main"));
  expect((await letta.agents.retrieve(ids[0] ?? "")).description).toBe(allPayloads);
});

test("an imported agent file full of payloads stays inert, before and after importing", async ({
  page,
  agent,
  letta,
  cleanup,
  agentPage,
}) => {
  test.setTimeout(150_000);
  await letta.agents.update(agent.id, { description: allPayloads });
  await letta.agents.blocks.update("persona", { agent_id: agent.id, value: allPayloads });
  await letta.agents.messages.create(
    agent.id,
    { messages: [{ role: "user", content: `#say ${allPayloads}` }] },
    { maxRetries: 0, timeout: 60_000 },
  );
  const file = agentFileSchema.parse(await letta.agents.exportFile(agent.id));
  const first = file.agents[0];
  if (!first) throw new Error("the export holds no agent");
  first.name = xssPayloads[1]?.text ?? "";

  const trap = await armXssTrap(page);
  await page.goto("/agents");
  const region = page.getByRole("region", { name: "Import agent file" });
  await region.getByRole("button", { name: "Import agent file" }).click();
  await region
    .getByLabel("Choose agent file")
    .setInputFiles({ name: "xss.af", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await expectInert(page, trap, region.getByRole("group", { name: "Agent file contents" }), xssPayloads.slice(1, 2));

  const name = `e2e-xss-import-${randomUUID().slice(0, 8)}`;
  await region.getByRole("textbox", { name: "Agent name" }).fill(name);
  await region.getByRole("button", { name: "Import", exact: true }).click();
  const link = region.getByRole("status").getByRole("link", { name });
  await expect(link).toBeVisible({ timeout: 60_000 });
  const id = ((await link.getAttribute("href")) ?? "").replace("/agents/", "");
  cleanup.push(() => letta.agents.delete(id));

  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect((await agentPage.memory.block("persona")).locator("textarea")).toHaveValue(allPayloads);
  const conversation = agentPage.chat.log;
  await expect(
    conversation.getByRole("article", { name: "Agent reply" }).filter({ hasText: "XSS30" }).first(),
  ).toBeVisible();
  await expectInert(page, trap, page.getByRole("main"));
  expect((await letta.agents.retrieve(id)).description).toBe(allPayloads);
});
