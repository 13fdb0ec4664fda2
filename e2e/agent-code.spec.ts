import type Letta from "@letta-ai/letta-client";
import type { AgentState } from "@letta-ai/letta-client/resources/agents/agents";
import type { Page } from "@playwright/test";
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { expect, test } from "./fixtures";
import { deleteWithSleeptime, readGroup } from "./sleeptime-support";
import { lettaBaseUrl, scriptedEmbedding, scriptedModel } from "./test-stack";

const run = promisify(execFile);
// tsx starts slowly on a loaded machine, and the created agent's sleep-time setup takes a few requests.
test.describe.configure({ timeout: 180_000 });

function toolSource(name: string): string {
  return `def ${name}(topic: str) -> str:
    """Look up a "topic" in the team's notes.

    Args:
        topic: What to look up.

    Returns:
        str: The note.
    """
    return f"note about {topic}"
`;
}

async function readSnippet(page: Page, language: "TypeScript" | "Python" | "curl") {
  const panel = page.getByRole("tabpanel", { name: "Code" });
  const choice = panel.getByRole("button", { name: language, exact: true });
  await choice.click();
  await expect(choice).toHaveAttribute("aria-pressed", "true");
  const code = panel.getByLabel(`${language} that creates the agent (code)`);
  await expect(code).toContainText(`${language === "curl" ? "/v1/agents/" : "agents.create("}`);
  return (await code.textContent()) ?? "";
}

/** The parts of an agent the round trip must carry over, in a form that compares equal across two agents. */
async function recreatable(letta: Letta, agentId: string) {
  const agent: AgentState = await letta.agents.retrieve(agentId, {
    include: ["agent.blocks", "agent.tools", "agent.tags", "agent.managed_group"],
  });
  const group = agent.managed_group ? await readGroup(letta, agent.managed_group.id) : null;
  const clean = (value: object) =>
    Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));
  return {
    model: agent.llm_config.handle,
    temperature: agent.llm_config.temperature,
    maxTokens: agent.llm_config.max_tokens,
    contextWindow: agent.llm_config.context_window,
    embedding: agent.embedding_config?.handle ?? null,
    system: agent.system,
    tags: [...(agent.tags ?? [])].sort(),
    blocks: agent.blocks
      .map((block) => ({
        label: block.label,
        value: block.value,
        limit: block.limit,
        description: block.description,
        readOnly: block.read_only,
      }))
      .sort((a, b) => (a.label ?? "").localeCompare(b.label ?? "")),
    tools: agent.tools.map((tool) => tool.name).sort(),
    toolRules: (agent.tool_rules ?? []).map((rule) => JSON.stringify(clean(rule))).sort(),
    sleeptime: agent.enable_sleeptime,
    sleeptimeFrequency: group?.sleeptime_agent_frequency ?? null,
    sleeptimeAgents: group?.agent_ids.length ?? 0,
  };
}

test("the TypeScript the Code tab shows recreates the agent, and the Python and curl are well-formed", async ({
  page,
  letta,
}, testInfo) => {
  const id = randomUUID().slice(0, 8);
  const toolName = `team_notes_${id}`;
  const tool = await letta.tools.create({ source_code: toolSource(toolName) });
  const original = await letta.agents.create({
    name: `e2e-code-${id}`,
    description: `Recreated from "code" (it's a test)`,
    model: scriptedModel,
    embedding: scriptedEmbedding,
    system: 'You keep notes.\nQuote: "never" \\ `${process.exit(1)}` $(whoami)',
    memory_blocks: [
      { label: "persona", value: "I keep the team's notes.", limit: 3000, description: "Who I am" },
      { label: "projects/current", value: 'Line one\n"two"\nJSON\n', limit: 1234, description: "Now", read_only: true },
    ],
    tools: [toolName, "conversation_search", "memory_insert", "memory_replace"],
    tool_rules: [
      { type: "run_first", tool_name: "conversation_search" },
      { type: "constrain_child_tools", tool_name: "conversation_search", children: [toolName, "memory_insert"] },
      { type: "exit_loop", tool_name: toolName },
    ],
    enable_sleeptime: true,
    tags: ["code-e2e", `run-${id}`],
  });
  const created: string[] = [];
  try {
    // Settings a create call does not take directly: model settings and the sleep-time frequency.
    await letta.agents.update(original.id, {
      llm_config: { ...original.llm_config, temperature: 0.35, max_tokens: 1500, context_window: 20000 },
    });
    const group = (await letta.agents.retrieve(original.id, { include: ["agent.managed_group"] })).managed_group;
    if (!group) throw new Error("the agent has no sleep-time group");
    await letta.patch(`/v1/groups/${group.id}`, {
      body: { manager_config: { manager_type: "sleeptime", sleeptime_agent_frequency: 3 } },
    });
    const expected = await recreatable(letta, original.id);
    expect(expected.sleeptimeFrequency).toBe(3);
    expect(expected.tools).toContain(toolName);

    await page.goto(`/agents/${original.id}`);
    await page.getByRole("tab", { name: "Code" }).click();
    const typescript = await readSnippet(page, "TypeScript");
    expect(typescript).toContain(`baseURL: ${JSON.stringify(lettaBaseUrl)}`);
    expect(typescript).toContain("apiKey: process.env.LETTA_API_KEY");
    await expect(page.getByRole("button", { name: "Copy typeScript that creates the agent" })).toBeVisible();

    await page
      .getByRole("region", { name: "Agent", exact: true })
      .screenshot({ path: testInfo.outputPath("code-tab.png") });
    const file = testInfo.outputPath("agent.mts");
    await writeFile(file, typescript);
    const { stdout } = await run("npx", ["tsx", file], {
      cwd: process.cwd(),
      env: { ...process.env, LETTA_API_KEY: "" },
      timeout: 120_000,
    });
    const copyId = /Created agent (agent-[0-9a-f-]+)/.exec(stdout)?.[1];
    expect(copyId, stdout).toBeTruthy();
    created.push(copyId ?? "");

    const copy = await recreatable(letta, copyId ?? "");
    expect(copy).toEqual(expected);

    const python = await readSnippet(page, "Python");
    const pythonFile = testInfo.outputPath("agent.py");
    await writeFile(pythonFile, python);
    await run("python3", ["-m", "py_compile", pythonFile]);
    expect(python).toContain(`client.tools.upsert(`);
    expect(python).toContain(`"sleeptime_agent_frequency": 3`);

    const curl = await readSnippet(page, "curl");
    const curlFile = testInfo.outputPath("agent.sh");
    await writeFile(curlFile, curl);
    await run("bash", ["-n", curlFile]);
    expect(curl).toContain(`LETTA_BASE_URL='${lettaBaseUrl}'`);
  } finally {
    for (const agentId of [original.id, ...created]) await deleteWithSleeptime(letta, agentId);
    await letta.tools.delete(tool.id).catch(() => undefined);
  }
});
