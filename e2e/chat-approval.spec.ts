import type Letta from "@letta-ai/letta-client";
import type { AgentState } from "@letta-ai/letta-client/resources/agents/agents";
import { expect, test } from "./fixtures";
import { expectStored } from "./stored-messages";

const source = `def launch_probe(target: str) -> str:
    """Launch a probe towards a target.

    Args:
        target: Where the probe goes.

    Returns:
        str: What happened.
    """
    return f"probe launched to {target}"
`;

/** Attaches a custom tool that needs approval; returns a cleanup. */
async function gatedTool(letta: Letta, agent: AgentState) {
  const tool = await letta.tools.create({ source_code: source });
  await letta.agents.tools.attach(tool.id, { agent_id: agent.id });
  await letta.patch(`/v1/agents/${agent.id}/tools/approval/launch_probe`, { body: { requires_approval: true } });
  return async () => {
    await letta.agents.delete(agent.id).catch(() => undefined);
    await letta.tools.delete(tool.id).catch(() => undefined);
  };
}

const ask = '#tool launch_probe {"target": "the moon"}';

// Letta runs a custom tool in a fresh local sandbox; the first run on a new stack takes a while.
test.describe.configure({ timeout: 120_000 });
const toolRun = { timeout: 60_000 };

test("an approved tool call runs and the turn continues", async ({ page, agent, letta, agentPage }) => {
  const cleanup = await gatedTool(letta, agent);
  try {
    await page.goto(`/agents/${agent.id}`);
    const conversation = agentPage.chat.log;
    await agentPage.chat.message.fill(ask);
    await agentPage.chat.sendButton.click();

    await expect(conversation.getByRole("article", { name: "Approval request launch_probe" })).toContainText(
      '"target": "the moon"',
    );
    await expect(conversation.getByText("Waiting for approval")).toBeVisible();
    await page.getByRole("region", { name: "Approval needed" }).getByRole("button", { name: "Approve" }).click();

    await expect(conversation.getByRole("group", { name: "Tool result" })).toContainText(
      "probe launched to the moon",
      toolRun,
    );
    await expect(conversation.getByRole("article", { name: "Agent reply" }).last()).toContainText(
      "Done: launch_probe returned: probe launched to the moon",
      toolRun,
    );
    await expect(page.getByRole("region", { name: "Approval needed" })).toHaveCount(0);

    await expectStored(
      letta,
      agent.id,
      "the tool's return",
      (message) => message.message_type === "tool_return_message" && message.tool_return.includes("probe launched"),
    );
  } finally {
    await cleanup();
  }
});

test("a denied tool call does not run, and the reason reaches the server", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  const cleanup = await gatedTool(letta, agent);
  try {
    await page.goto(`/agents/${agent.id}`);
    const conversation = agentPage.chat.log;
    await agentPage.chat.message.fill(ask);
    await agentPage.chat.sendButton.click();

    const card = page.getByRole("region", { name: "Approval needed" });
    await card.getByRole("textbox", { name: /Reason/ }).fill("not today");
    await card.getByRole("button", { name: "Deny" }).click();

    await expect(conversation.getByRole("note", { name: "Approval answer" })).toHaveText("Tool call denied: not today");
    await expect(conversation.getByText("Turn complete").last()).toBeVisible();
    await expect(conversation.getByText("probe launched to the moon")).toHaveCount(0);

    await expectStored(
      letta,
      agent.id,
      "the denial with its reason",
      (message) =>
        message.message_type === "approval_response_message" && JSON.stringify(message).includes("not today"),
    );
  } finally {
    await cleanup();
  }
});

test("an approval left pending is offered again when the page opens", async ({ page, agent, letta, agentPage }) => {
  const cleanup = await gatedTool(letta, agent);
  try {
    const response = await letta.agents.messages.create(
      agent.id,
      { messages: [{ role: "user", content: ask }] },
      { maxRetries: 0 },
    );
    expect(response.stop_reason.stop_reason).toBe("requires_approval");

    await page.goto(`/agents/${agent.id}`);
    const conversation = agentPage.chat.log;
    await page.getByRole("region", { name: "Approval needed" }).getByRole("button", { name: "Approve" }).click();
    await expect(conversation.getByRole("article", { name: "Agent reply" }).last()).toContainText(
      "probe launched to the moon",
      toolRun,
    );
  } finally {
    await cleanup();
  }
});
