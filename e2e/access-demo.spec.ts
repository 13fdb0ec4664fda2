import { writeFile } from "node:fs/promises";
import path from "node:path";
import { builtRoutes, startAde, type AdeProcess } from "./ade-process";
import { expect, test } from "./fixtures";
import { expectStoredReply } from "./stored-messages";
import { postAction, postFormAction } from "./server-actions";
import { e2eSecrets } from "./test-stack";

// Two demo ADEs from the same build: read-only, and read-only with chat allowed. Both hold two saved
// connections whose host, project and secret must not show on a shared screen.
let demo: AdeProcess;
let demoChat: AdeProcess;
const privateProject = "project-7f3e2d1c-0000-4444-8888-5eceda11ab12";

async function seedConnections(dataDir: string) {
  const now = new Date().toISOString();
  const connections = [
    {
      id: "c-private",
      name: "e2e-private-server",
      kind: "self-hosted",
      baseUrl: "http://letta.internal.example:8283",
      secret: e2eSecrets.lettaApiKey,
      projectId: null,
      createdAt: now,
      updatedAt: now,
    },
    {
      id: "c-cloud",
      name: "e2e-cloud",
      kind: "cloud",
      baseUrl: "https://api.letta.com",
      secret: e2eSecrets.lettaApiKey,
      projectId: privateProject,
      createdAt: now,
      updatedAt: now,
    },
  ];
  await writeFile(path.join(dataDir, "connections.json"), JSON.stringify({ version: 1, connections }), { mode: 0o600 });
}

test.beforeAll(async () => {
  demo = await startAde(2, { ADE_DEMO_MODE: "1" }, seedConnections);
  demoChat = await startAde(3, { ADE_DEMO_MODE: "1", ADE_DEMO_ALLOW_CHAT: "1" }, seedConnections);
});
test.afterAll(async () => {
  await Promise.all([demo?.stop(), demoChat?.stop()]);
});

const sameOrigin = (ade: AdeProcess) => ({
  origin: ade.baseUrl,
  "sec-fetch-site": "same-origin",
  "content-type": "application/json",
});

const chatRoutes = new Set(["POST /api/agents/[agentId]/messages", "POST /api/agents/[agentId]/messages/cancel"]);

test("the demo refuses every change to every route at the server, and the server keeps everything", async ({
  letta,
  agent,
}) => {
  const { pages, handlers } = await builtRoutes();
  const before = await letta.agents.messages.list(agent.id, { limit: 50 });
  const routeOf = (handler: string) => handler.replace(/^\/api\/agents\/x-test/, "/api/agents/[agentId]");

  for (const [ade, chat] of [
    [demo, false],
    [demoChat, true],
  ] as const) {
    const refused: string[] = [];
    for (const handler of handlers) {
      // The agent's real id, so a change that got through would really change it.
      const url = handler.replace(/^\/api\/agents\/x-test/, `/api/agents/${agent.id}`);
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        const key = `${method} ${routeOf(handler)}`;
        if (chat && chatRoutes.has(key)) continue;
        const response = await fetch(`${ade.baseUrl}${url}`, {
          method,
          headers: sameOrigin(ade),
          body: JSON.stringify({ name: "changed-by-demo", value: "changed", text: "changed" }),
        });
        expect(response.status, `${key} (chat ${chat})`).toBe(403);
        const body = (await response.json()) as { error: { message: string } };
        expect(body.error.message, key).toBe(
          chat
            ? "This ADE is a read-only demo: changes are turned off (chatting with agents is allowed)."
            : "This ADE is a read-only demo: changes are turned off, and so is chatting.",
        );
        refused.push(key);
      }
    }
    expect(refused).toContain("PATCH /api/agents/[agentId]/settings");
    expect(refused).toContain("POST /api/agents/[agentId]/conversations");
    expect(refused.includes("POST /api/agents/[agentId]/messages")).toBe(!chat);
    for (const page of pages) {
      const action = await fetch(`${ade.baseUrl}${page}`, {
        method: "POST",
        headers: { ...sameOrigin(ade), "next-action": "0".repeat(40) },
        body: "[]",
      });
      expect(action.status, `server action on ${page}`).toBe(403);
    }
  }

  const after = await letta.agents.retrieve(agent.id, { include: ["agent.blocks"] });
  expect(after.name).toBe(agent.name);
  expect(after.blocks?.map((block) => block.value).sort()).toEqual([
    "I am a test agent.",
    "The user runs end-to-end tests.",
  ]);
  expect((await letta.agents.messages.list(agent.id, { limit: 50 })).getPaginatedItems().length).toBe(
    before.getPaginatedItems().length,
  );
});

test("the demo refuses real server actions with its 403 body, but lets logging in and out and the connection switch through", async ({
  letta,
  agent,
}) => {
  const refused: Array<[string, unknown]> = [
    ["updateAgentAction", { agentId: agent.id, name: "changed-by-demo", tags: ["demo"] }],
    ["deleteAgentAction", { agentId: agent.id }],
    ["updateAgentSettingsAction", { agentId: agent.id, system: "changed by the demo" }],
    [
      "createAgentBlockAction",
      { agentId: agent.id, label: "demo", value: "x", description: "", limit: 100, readOnly: false },
    ],
    ["resetMessagesAction", { agentId: agent.id }],
    ["createConversationAction", { agentId: agent.id, name: "demo" }],
    ["removeConnectionAction", { id: "c-private" }],
    [
      "createConnectionAction",
      { connection: { kind: "self-hosted", name: "demo", baseUrl: "http://x.example" }, force: true },
    ],
  ];
  for (const [ade, chat] of [
    [demo, false],
    [demoChat, true],
  ] as const) {
    for (const [name, input] of refused) {
      const response = await postAction(ade.baseUrl, name, [input], { page: `/agents/${agent.id}` });
      expect(response.status, `${name} (chat ${chat})`).toBe(403);
      expect(JSON.parse(response.body), name).toMatchObject({
        error: {
          code: "forbidden",
          message: chat
            ? "This ADE is a read-only demo: changes are turned off (chatting with agents is allowed)."
            : "This ADE is a read-only demo: changes are turned off, and so is chatting.",
        },
      });
    }
    // Allowed: the connection switch (a cookie), logout, and login (which says there is no password to log in to).
    const switched = await postAction(ade.baseUrl, "activateConnectionAction", [{ id: "env" }], {
      page: "/connections",
    });
    expect(switched.result, switched.body).toEqual({ ok: true, data: { activeId: "env" } });
    const loggedOut = await postAction(ade.baseUrl, "logoutAction", [], { page: "/connections" });
    expect(loggedOut.result, loggedOut.body).toEqual({ ok: true, data: null });
    const login = await postFormAction(ade.baseUrl, "loginAction", { password: "x", next: "/" }, { page: "/login" });
    expect(login.result, login.body).toMatchObject({ ok: false, error: { code: "invalid_input" } });
  }

  const after = await letta.agents.retrieve(agent.id, { include: ["agent.blocks"] });
  expect(after.name).toBe(agent.name);
  expect(after.system).toBe(agent.system);
  expect(after.blocks?.map((block) => block.label).sort()).toEqual(["human", "persona"]);
  expect((await letta.conversations.list({ agent_id: agent.id })).length).toBe(0);
  const listed = (await (await fetch(`${demo.baseUrl}/api/connections`)).json()) as {
    connections: Array<{ id: string; name: string }>;
  };
  expect(listed.connections.map((connection) => connection.id)).toContain("c-private");
  expect(listed.connections.map((connection) => connection.name)).not.toContain("demo");
});

test("the demo still reads: pages and data load, with hosts, projects and secrets masked", async ({
  page,
  agent,
  agentPage,
}) => {
  for (const [pathname, status] of [
    ["/api/agents", 200],
    [`/api/agents/${agent.id}/blocks`, 200],
    [`/api/agents/${agent.id}/messages?limit=5`, 200],
    ["/api/server-status", 200],
  ] as const) {
    expect((await fetch(`${demo.baseUrl}${pathname}`)).status, pathname).toBe(status);
  }
  const listed = (await (await fetch(`${demo.baseUrl}/api/connections`)).json()) as {
    connections: Array<{ name: string; baseUrl: string; projectId: string | null }>;
  };
  expect(listed.connections.find((connection) => connection.name === "e2e-private-server")?.baseUrl).toBe(
    "http://•••:8283",
  );
  expect(listed.connections.find((connection) => connection.name === "e2e-cloud")?.projectId).toBe("project-•••ab12");

  await page.goto(`${demo.baseUrl}/agents/${agent.id}`);
  await expect(page.getByRole("heading", { level: 1, name: agent.name })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Read-only demo: changes are turned off");
  await expect(page.getByRole("button", { name: "Edit details" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Delete agent" })).toBeDisabled();
  await agentPage.chat.message.fill("hello demo");
  const send = agentPage.chat.sendButton;
  await expect(send).toBeDisabled();
  await expect(send).toHaveAccessibleDescription("Read-only demo: changes are turned off");

  await page.goto(`${demo.baseUrl}/connections`);
  const item = page.getByRole("listitem", { name: "e2e-private-server" });
  await expect(item).toContainText("http://•••:8283");
  await expect(page.getByRole("main")).not.toContainText("letta.internal.example");
  await expect(page.getByRole("main")).not.toContainText(privateProject);
  await expect(page.getByRole("button", { name: "Add connection" })).toBeDisabled();

  // A form the demo does not disable still gets the server's refusal, in place.
  await page.goto(`${demo.baseUrl}/agents/new`);
  await page.getByLabel("Name", { exact: true }).fill("demo-should-not-exist");
  await page.getByRole("button", { name: "Create agent" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "read-only demo" })).toBeVisible();
  await expect(page).toHaveURL(`${demo.baseUrl}/agents/new`);
});

test("with chat allowed, the demo chats with an agent and nothing else changes", async ({
  page,
  agent,
  letta,
  agentPage,
}) => {
  await page.goto(`${demoChat.baseUrl}/agents/${agent.id}`);
  await expect(page.getByRole("banner")).toContainText("Read-only demo: changes are turned off; chatting is allowed");
  await expect(page.getByRole("button", { name: "Edit details" })).toBeDisabled();
  await agentPage.chat.message.fill("hello from the demo");
  await agentPage.chat.sendButton.click();
  const reply = agentPage.chat.log.getByRole("article", { name: "Agent reply" }).last();
  await expect(reply).toContainText("You said: hello from the demo", { timeout: 45_000 });

  await expectStoredReply(letta, agent.id, "You said: hello from the demo");
  const reset = await fetch(`${demoChat.baseUrl}/api/agents/${agent.id}/messages/reset`, {
    method: "POST",
    headers: sameOrigin(demoChat),
    body: "{}",
  });
  expect(reset.status).toBe(403);
});
