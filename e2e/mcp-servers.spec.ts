import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { mcpTestServerCommand } from "./mcp/test-server";

// Letta starts the MCP server process and lists its tools when the server is added.
test.describe.configure({ timeout: 120_000 });
const slow = { timeout: 60_000 };

test("a stdio MCP server is added, its tools listed, one attached to an agent and called in a chat, then the server removed", async ({
  page,
  letta,
  agent,
  agentPage,
}) => {
  const name = `e2e-stdio-${randomUUID().slice(0, 8)}`;
  const secret = `s3cret-${randomUUID()}`;
  const { command, args } = mcpTestServerCommand();
  const responses: string[] = [];
  page.on("response", async (response) => {
    if (response.url().includes("/api/mcp-servers") || response.url().includes("/mcp"))
      responses.push(await response.text().catch(() => ""));
  });
  try {
    await page.goto("/mcp");
    const form = page.getByRole("form", { name: "Add an MCP server" });
    await form.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await form.getByRole("combobox", { name: "Transport" }).selectOption({ label: "Local command (stdio)" });
    await form.getByRole("textbox", { name: "Command" }).fill(command);
    await form.getByRole("textbox", { name: "Arguments (one per line)" }).fill(args.join("\n"));
    await form.getByRole("textbox", { name: "Environment (NAME=value per line)" }).fill(`E2E_TOKEN=${secret}`);
    await form.getByRole("button", { name: "Add server" }).click();

    const server = page.getByRole("listitem", { name: `MCP server ${name}` });
    await expect(server).toContainText("Environment set: E2E_TOKEN (values hidden)", slow);
    const [stored] = (await letta.mcpServers.list()).filter((entry) => entry.server_name === name);
    expect(stored && "env" in stored ? stored.env : undefined).toEqual({ E2E_TOKEN: secret });

    await server.getByText("Tools", { exact: true }).click();
    const tools = server.getByRole("list", { name: `Tools of ${name}` });
    await expect(tools.getByRole("listitem", { name: "MCP tool reverse_text" })).toContainText("Reverse a text");
    await expect(tools.getByRole("listitem", { name: "MCP tool add_numbers" })).toBeVisible();

    const attach = tools
      .getByRole("listitem", { name: "MCP tool reverse_text" })
      .getByRole("form", { name: "Attach reverse_text to an agent" });
    await attach.getByRole("searchbox", { name: "Find an agent" }).fill(agent.name);
    await attach.getByRole("combobox", { name: "Agent" }).selectOption({ label: agent.name });
    await attach.getByRole("button", { name: "Attach to agent" }).click();
    await expect(attach.getByRole("status")).toContainText(`Attached to ${agent.name}`);
    const withTool = await letta.agents.retrieve(agent.id, { include: ["agent.tools"] });
    expect(withTool.tools.find((tool) => tool.name === "reverse_text")?.tool_type).toBe("external_mcp");

    await page.reload();
    expect((await page.content()).includes(secret)).toBe(false);
    expect(responses.some((body) => body.includes(secret))).toBe(false);

    await page.goto(`/agents/${agent.id}`);
    await page.getByRole("tab", { name: "Tools" }).click();
    await expect(
      page.getByRole("tabpanel", { name: "Tools" }).getByRole("listitem", { name: "Tool reverse_text" }),
    ).toContainText(`MCP · ${name}`);
    await agentPage.chat.message.fill('#tool reverse_text {"text": "stressed"}');
    await agentPage.chat.sendButton.click();
    const conversation = agentPage.chat.log;
    await expect(conversation.getByRole("group", { name: "Tool result" })).toContainText("desserts", slow);

    await page.goto("/mcp");
    const listed = page.getByRole("listitem", { name: `MCP server ${name}` });
    await listed.getByRole("button", { name: "Remove" }).first().click();
    await listed.getByRole("group").getByRole("button", { name: "Remove" }).click();
    await expect(page.getByRole("listitem", { name: `MCP server ${name}` })).toHaveCount(0);
    expect((await letta.mcpServers.list()).some((entry) => entry.server_name === name)).toBe(false);
  } finally {
    for (const entry of await letta.mcpServers.list())
      if (entry.server_name === name && entry.id) await letta.mcpServers.delete(entry.id).catch(() => undefined);
  }
});

test("an HTTP MCP server is checked before sending, and Letta's refusal of a local address is shown with the form kept", async ({
  page,
  letta,
}) => {
  const name = `e2e-http-${randomUUID().slice(0, 8)}`;
  await page.goto("/mcp");
  const form = page.getByRole("form", { name: "Add an MCP server" });
  await form.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await form.getByRole("combobox", { name: "Transport" }).selectOption({ label: "Streamable HTTP" });
  await form.getByRole("textbox", { name: "Server URL" }).fill("not a url");
  await form.getByRole("button", { name: "Add server" }).click();
  await expect(form.getByRole("alert")).toHaveText("Give an http:// or https:// URL");

  await form.getByRole("textbox", { name: "Server URL" }).fill("http://127.0.0.1:9/mcp");
  await form.getByRole("textbox", { name: "Headers (Name: value per line)" }).fill("Authorization Bearer x");
  await form.getByRole("button", { name: "Add server" }).click();
  await expect(form.getByRole("alert")).toHaveText('Headers: Line 1: write it as "Name: value"');

  await form.getByRole("textbox", { name: "Headers (Name: value per line)" }).fill("Authorization: Bearer abc");
  await form.getByRole("button", { name: "Add server" }).click();
  await expect(form.getByRole("alert")).toContainText("Non-public IP not allowed: 127.0.0.1");
  await expect(form.getByRole("textbox", { name: "Server URL" })).toHaveValue("http://127.0.0.1:9/mcp");
  expect((await letta.mcpServers.list()).some((entry) => entry.server_name === name)).toBe(false);
});
