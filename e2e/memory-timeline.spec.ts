import type Letta from "@letta-ai/letta-client";
import type { Locator } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import type { AgentPage } from "./pages/agent-page";
import { scriptedEmbedding, scriptedModel } from "./test-stack";

const original = "The user runs end-to-end tests.";

async function openHistory(agentPage: AgentPage, label: string): Promise<Locator> {
  return agentPage.memory.history(label);
}

function changes(history: Locator): Locator {
  return history.getByRole("article", { name: /^Change of / });
}

/** The tool call and run of the agent's latest call of `tool`, as the server recorded them. */
async function findToolCall(letta: Letta, agentId: string, tool: string) {
  const messages = (await letta.agents.messages.list(agentId, { limit: 50, order: "desc" })).getPaginatedItems();
  for (const message of messages) {
    if (message.message_type !== "tool_call_message") continue;
    const call = (Array.isArray(message.tool_calls) ? message.tool_calls : [message.tool_call]).find(
      (item) => item.name === tool,
    );
    if (call?.tool_call_id && message.run_id) return { toolCallId: call.tool_call_id, runId: message.run_id };
  }
  return null;
}

/** Waits for the call to reach the history: a background run writes the block before its messages. */
async function latestToolCall(letta: Letta, agentId: string, tool: string) {
  await expect.poll(() => findToolCall(letta, agentId, tool), { timeout: 30_000 }).not.toBeNull();
  const call = await findToolCall(letta, agentId, tool);
  if (!call) throw new Error(`no ${tool} call in the history of ${agentId}`);
  return call;
}

async function expectDiff(entry: Locator, removed: string | null, added: string | null) {
  const diff = entry.getByLabel("Difference");
  if (removed === null) await expect(diff.locator("del")).toHaveCount(0);
  else await expect(diff.locator("del")).toHaveText(removed);
  if (added === null) await expect(diff.locator("ins")).toHaveCount(0);
  else await expect(diff.locator("ins")).toHaveText(added);
}

test("the timeline attributes an ADE save and an agent edit, and shows a change made in between by another client as unattributed", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  await agentPage.goto(agent.id);
  const human = await agentPage.memory.block("human");
  await expect(human.getByRole("textbox", { name: "Value" })).toHaveValue(original);

  // 1. The user saves in the ADE.
  await human.getByRole("textbox", { name: "Value" }).fill("The user writes end-to-end tests.");
  await human.getByRole("button", { name: "Save", exact: true }).click();
  await expect(human.getByText("unsaved draft")).toBeHidden();

  // 2. Another API client rewrites the block directly (the ADE records nothing of it).
  const block = await letta.agents.blocks.retrieve("human", { agent_id: agent.id });
  await letta.blocks.update(block.id, { value: "The user writes many end-to-end tests." });

  // 3. The agent edits the block with memory_replace.
  await letta.agents.messages.create(
    agent.id,
    { messages: [{ role: "user", content: "#replace[human] many => flaky" }] },
    { maxRetries: 0 },
  );
  expect((await letta.agents.blocks.retrieve("human", { agent_id: agent.id })).value).toBe(
    "The user writes flaky end-to-end tests.",
  );
  const call = await latestToolCall(letta, agent.id, "memory_replace");

  await page.reload();
  const history = await openHistory(agentPage, "human");
  await expect(changes(history)).toHaveCount(3);

  const agentEdit = changes(history).nth(0);
  await expect(agentEdit).toContainText(`by ${agent.name} (agent) · memory_replace · applied`);
  await expect(agentEdit).toContainText(`tool call ${call.toolCallId} · run ${call.runId}`);
  await expect(agentEdit).toContainText('replaced "many" with "flaky"');
  await expectDiff(agentEdit, "many", "flaky");

  const outside = changes(history).nth(1);
  await expect(outside).toContainText("unattributed: changed outside the ADE or by an unknown author");
  await expect(outside).toContainText("between");
  await expectDiff(outside, null, "many ");

  const save = changes(history).nth(2);
  await expect(save).toContainText("by you, in the ADE");
  await expect(save).toContainText("saved 33 characters");
  await expectDiff(save, "runs", "writes");

  const persona = await openHistory(agentPage, "persona");
  await expect(persona.getByText("No changes of this block are known.")).toBeVisible();
});

test("a change made through the SDK while the page is open is shown as unattributed, with its diff", async ({
  agent,
  letta,
  agentPage,
}) => {
  await agentPage.goto(agent.id);
  const human = await agentPage.memory.block("human");
  await expect(human.getByRole("textbox", { name: "Value" })).toHaveValue(original);

  const block = await letta.agents.blocks.retrieve("human", { agent_id: agent.id });
  await letta.blocks.update(block.id, { value: "The user runs end-to-end tests.\nSet through the SDK." });
  // The open page re-reads the block by itself; the ADE keeps a snapshot of each value it sees.
  await expect(human.getByRole("textbox", { name: "Value" })).toHaveValue(
    "The user runs end-to-end tests.\nSet through the SDK.",
  );

  const history = await openHistory(agentPage, "human");
  await expect(changes(history)).toHaveCount(1);
  const entry = changes(history).first();
  await expect(entry).toContainText("unattributed: changed outside the ADE or by an unknown author");
  await expect(entry).not.toContainText(/tool call call_|run run-/);
  await expectDiff(entry, null, "Set through the SDK.");
  await entry.getByText("Full values").click();
  await expect(entry.getByLabel("Before", { exact: true })).toHaveText(original);
  await expect(entry.getByLabel("After", { exact: true })).toHaveText(
    "The user runs end-to-end tests.\nSet through the SDK.",
  );
});

test("edits by the sleep-time agent are attributed to it, with the run and the diff", async ({ letta, agentPage }) => {
  const agent = await letta.agents.create({
    name: `e2e-sleeptime-${randomUUID().slice(0, 8)}`,
    model: scriptedModel,
    embedding: scriptedEmbedding,
    enable_sleeptime: true,
    memory_blocks: [{ label: "human", value: "The user." }],
  });
  const group = await letta.agents.retrieve(agent.id, { include: ["agent.managed_group"] });
  const sleeptimeId = (group.managed_group?.agent_ids ?? []).find((id) => id !== agent.id);
  try {
    expect(sleeptimeId).toBeDefined();
    await letta.agents.messages.create(
      agent.id,
      { messages: [{ role: "user", content: "my favourite colour is teal" }] },
      { maxRetries: 0 },
    );
    // The sleep-time agent runs in the background after the first turn and notes the user's message.
    await expect
      .poll(async () => (await letta.agents.blocks.retrieve("human", { agent_id: agent.id })).value, {
        timeout: 45_000,
      })
      .toContain("Sleep-time note");
    const call = await latestToolCall(letta, sleeptimeId ?? "", "memory_insert");

    await agentPage.goto(agent.id);
    const history = await openHistory(agentPage, "human");
    const entry = changes(history).filter({ hasText: "Sleep-time note" });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText(`by ${agent.name}-sleeptime (sleep-time agent) · memory_insert · applied`);
    await expect(entry).toContainText(`tool call ${call.toolCallId} · run ${call.runId}`);
    // Worked back exactly from the call's arguments and return, though the ADE never saw the value before.
    await expectDiff(entry, null, "Sleep-time note: my favourite colour is teal");
    await entry.getByText("Full values").click();
    await expect(entry.getByLabel("Before", { exact: true })).toHaveText("The user.");
  } finally {
    await letta.agents.delete(agent.id).catch(() => undefined);
    if (sleeptimeId) await letta.agents.delete(sleeptimeId).catch(() => undefined);
  }
});
