import { closedPort, expect, listConnections, saveConnection, test, uniqueName } from "./connection-fixtures";
import { postAction } from "./server-actions";
import { adeBaseUrl, lettaBaseUrl } from "./test-stack";

test("a connection to the test stack tests, saves and shows the server's version", async ({ page, request, letta }) => {
  const { version } = await letta.health();
  const name = uniqueName("local");
  await page.goto("/connections");
  await page.getByRole("button", { name: "Add connection" }).click();
  const form = page.getByRole("region", { name: "Add connection" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Server URL").fill(`${lettaBaseUrl}/`);
  await form.getByRole("button", { name: "Test connection" }).click();
  await expect(form.getByRole("status")).toHaveText(`Connected to Letta ${version} at ${lettaBaseUrl}.`);
  await form.getByRole("button", { name: "Save connection" }).click();

  const item = page.getByRole("listitem", { name });
  await expect(item).toContainText(lettaBaseUrl);
  await expect(item).toContainText("No password");
  await expect(form).toBeHidden();
  const saved = (await listConnections(request)).connections.find((connection) => connection.name === name);
  expect(saved).toMatchObject({ kind: "self-hosted", baseUrl: lettaBaseUrl, hasSecret: false, readOnly: false });
});

test("a closed port is explained as unreachable and nothing is saved", async ({ page, request }) => {
  const url = `http://127.0.0.1:${await closedPort()}`;
  const name = uniqueName("closed");
  await page.goto("/connections");
  await page.getByRole("button", { name: "Add connection" }).click();
  const form = page.getByRole("region", { name: "Add connection" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Server URL").fill(url);
  await form.getByRole("button", { name: "Test connection" }).click();
  const alert = form.getByRole("alert");
  await expect(alert).toContainText("(connection refused)");
  await expect(alert).toContainText("CORS settings do not matter here");

  await form.getByRole("button", { name: "Save connection" }).click();
  await expect(form.getByRole("button", { name: "Save anyway" })).toBeVisible();
  await expect(alert).toContainText("(connection refused)");
  await expect(form.getByLabel("Server URL")).toHaveValue(url);
  expect((await listConnections(request)).connections.map((connection) => connection.name)).not.toContain(name);
});

test("a URL with a wrong path is explained and corrected", async ({ page }) => {
  await page.goto("/connections");
  await page.getByRole("button", { name: "Add connection" }).click();
  const form = page.getByRole("region", { name: "Add connection" });
  await form.getByLabel("Name").fill(uniqueName("path"));
  await form.getByLabel("Server URL").fill(`${lettaBaseUrl}/v1`);
  await form.getByRole("button", { name: "Test connection" }).click();
  await expect(form.getByRole("alert")).toContainText("the path looks wrong");
  await form.getByRole("button", { name: `Use ${lettaBaseUrl}` }).click();
  await expect(form.getByLabel("Server URL")).toHaveValue(lettaBaseUrl);
  await form.getByRole("button", { name: "Test connection" }).click();
  await expect(form.getByRole("status")).toContainText("Connected to Letta");
});

test("bad URLs are refused in the form and keep what was typed", async ({ page }) => {
  await page.goto("/connections");
  await page.getByRole("button", { name: "Add connection" }).click();
  const form = page.getByRole("region", { name: "Add connection" });
  await form.getByLabel("Name").fill(uniqueName("bad"));
  const url = form.getByLabel("Server URL");
  await url.fill("http://admin:hunter2@localhost:8283");
  await form.getByRole("button", { name: "Save connection" }).click();
  await expect(form.getByText("Leave credentials out of the URL")).toBeVisible();
  await url.fill("file:///etc/passwd");
  await form.getByRole("button", { name: "Test connection" }).click();
  await expect(form.getByText("Enter an http:// or https:// URL")).toBeVisible();
  await expect(url).toHaveValue("file:///etc/passwd");
});

test("switching connections in the header changes the server whose agents are shown", async ({
  page,
  context,
  agent,
}) => {
  const down = await saveConnection({
    name: uniqueName("down"),
    baseUrl: `http://127.0.0.1:${await closedPort()}`,
  });
  const stack = await saveConnection({
    name: uniqueName("stack"),
    baseUrl: lettaBaseUrl.replace("127.0.0.1", "localhost"),
  });
  await page.goto("/agents");
  await expect(page.getByRole("link", { name: agent.name })).toBeVisible();
  const switcher = page.getByRole("banner").getByRole("combobox", { name: "Connection" });

  await switcher.selectOption({ label: down.name });
  await expect(page.getByRole("main").getByRole("alert")).toContainText("cannot be reached");
  await expect(page.getByRole("link", { name: agent.name })).toBeHidden();
  await expect(page.getByRole("region", { name: "Letta server" }).getByRole("status")).toHaveText("Unreachable");
  const cookie = (await context.cookies()).find((candidate) => candidate.name === "ade-connection");
  expect(cookie).toMatchObject({ value: down.id, httpOnly: true });

  await switcher.selectOption({ label: stack.name });
  await expect(page.getByRole("link", { name: agent.name })).toBeVisible();
  const server = page.getByRole("region", { name: "Letta server" });
  await expect(server.getByRole("status")).toHaveText("Connected");
  await expect(server).toContainText(stack.baseUrl);
  expect((await listConnections(page.request)).activeId).toBe(stack.id);

  await page.reload();
  await expect(switcher).toHaveValue(stack.id);
});

test("a connection's name can be edited without retyping its password, and it can be removed", async ({
  page,
  request,
}) => {
  const original = await saveConnection({
    name: uniqueName("edit"),
    baseUrl: lettaBaseUrl,
    secret: "a-password",
  });
  const renamed = uniqueName("renamed");
  await page.goto("/connections");
  await page.getByRole("button", { name: `Edit ${original.name}` }).click();
  const form = page.getByRole("region", { name: `Edit ${original.name}` });
  await expect(form.getByLabel("Password (optional)")).toHaveValue("");
  await expect(form.getByLabel("Password (optional)")).toHaveAttribute("placeholder", "Saved: leave empty to keep it");
  await form.getByLabel("Name").fill(renamed);
  await form.getByRole("button", { name: "Save connection" }).click();
  await expect(page.getByRole("listitem", { name: renamed })).toContainText("Password set");
  expect(
    (await listConnections(request)).connections.find((connection) => connection.id === original.id),
  ).toMatchObject({
    name: renamed,
    hasSecret: true,
  });

  await page.getByRole("button", { name: `Remove ${renamed}` }).click();
  await page.getByRole("button", { name: "Confirm removal" }).click();
  await expect(page.getByRole("listitem", { name: renamed })).toBeHidden();
  expect((await listConnections(request)).connections.map((connection) => connection.id)).not.toContain(original.id);
});

test("the default connection from the environment cannot be edited or removed", async ({ page, request }) => {
  await page.goto("/connections");
  const item = page.getByRole("listitem", { name: "Default (environment)" });
  await expect(item).toContainText(lettaBaseUrl);
  await expect(item).toContainText("Active");
  await expect(item.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  await expect(item.getByRole("button", { name: /^Edit/ })).toHaveCount(0);
  await item.getByRole("button", { name: "Test Default (environment)" }).click();
  await expect(item.getByRole("status")).toContainText("Connected to Letta");

  const refused = await postAction(adeBaseUrl, "removeConnectionAction", [{ id: "env" }]);
  expect(refused.result).toMatchObject({ ok: false, error: { code: "invalid_input" } });
  expect(refused.result?.error?.message).toContain("cannot be changed here");
  expect((await listConnections(request)).connections[0]).toMatchObject({ id: "env", readOnly: true });
});

test("another site cannot switch or add connections through the browser", async ({ request }) => {
  const crossSite = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
  const switched = await postAction(adeBaseUrl, "activateConnectionAction", [{ id: "env" }], { headers: crossSite });
  expect(switched.status).toBe(403);
  const added = await postAction(
    adeBaseUrl,
    "createConnectionAction",
    [
      {
        connection: { kind: "self-hosted", name: uniqueName("evil"), baseUrl: "http://evil.example" },
        force: true,
      },
    ],
    { headers: crossSite },
  );
  expect(added.status).toBe(403);
  expect((await listConnections(request)).connections.map((connection) => connection.baseUrl)).not.toContain(
    "http://evil.example",
  );
});
