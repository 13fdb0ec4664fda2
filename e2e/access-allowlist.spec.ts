import { writeFile } from "node:fs/promises";
import path from "node:path";
import { startAde, type AdeProcess } from "./ade-process";
import { expect, test } from "./fixtures";
import { postAction } from "./server-actions";
import { lettaBaseUrl, testStack } from "./test-stack";

// An ADE that may only reach the test stack's Letta (host and port), holding one connection saved before.
let ade: AdeProcess;
const listed = `127.0.0.1:${testStack.lettaPort}`;

test.beforeAll(async () => {
  ade = await startAde(4, { ADE_CONNECTION_ALLOWLIST: `letta.example.com, ${listed}` }, async (dataDir) => {
    const now = new Date().toISOString();
    const old = {
      id: "c-old",
      name: "e2e-saved-before",
      kind: "self-hosted",
      baseUrl: "http://169.254.169.254",
      secret: null,
      projectId: null,
      createdAt: now,
      updatedAt: now,
    };
    await writeFile(path.join(dataDir, "connections.json"), JSON.stringify({ version: 1, connections: [old] }), {
      mode: 0o600,
    });
  });
});
test.afterAll(async () => {
  await ade?.stop();
});

const refusal = "This ADE only connects to letta.example.com, 127.0.0.1:";

test("a host that is not on the allowlist is refused at the check and at the save; a listed one works", async ({
  page,
}) => {
  await page.goto(`${ade.baseUrl}/connections`);
  await page.getByRole("button", { name: "Add connection" }).click();
  const form = page.getByRole("region", { name: "Add connection" });
  await form.getByLabel("Name").fill("e2e-metadata");
  for (const url of [
    "http://169.254.169.254/latest",
    `http://127.0.0.1:${testStack.modelPort}`,
    `http://localhost:${testStack.lettaPort}`,
  ]) {
    await form.getByLabel("Server URL").fill(url);
    await form.getByRole("button", { name: "Test connection" }).click();
    await expect(form.getByRole("alert"), url).toContainText(refusal);
    await expect(form.getByRole("alert"), url).toContainText("is not on its allowlist");
    await form.getByRole("button", { name: "Save connection" }).click();
    await expect(form.getByRole("alert"), url).toContainText("is not on its allowlist");
    await expect(form.getByLabel("Server URL")).toHaveValue(url);
  }
  // Nothing was saved, even when forced.
  const forced = await postAction(ade.baseUrl, "createConnectionAction", [
    { connection: { kind: "self-hosted", name: "e2e-forced", baseUrl: "http://169.254.169.254" }, force: true },
  ]);
  expect(forced.result).toMatchObject({ ok: false, error: { code: "forbidden" } });
  const names = (
    (await (await fetch(`${ade.baseUrl}/api/connections`)).json()) as { connections: Array<{ name: string }> }
  ).connections.map((connection) => connection.name);
  expect(names).not.toContain("e2e-metadata");
  expect(names).not.toContain("e2e-forced");

  await form.getByLabel("Server URL").fill(lettaBaseUrl);
  await form.getByRole("button", { name: "Test connection" }).click();
  await expect(form.getByRole("status")).toContainText("Connected to Letta");
});

test("a connection saved before the allowlist can be neither tested nor used", async () => {
  const check = await postAction(ade.baseUrl, "checkConnectionAction", [{ id: "c-old" }]);
  expect(check.result).toMatchObject({
    ok: false,
    error: { code: "forbidden", message: expect.stringContaining("169.254.169.254 is not on its allowlist") },
  });
  const use = await postAction(ade.baseUrl, "activateConnectionAction", [{ id: "c-old" }]);
  expect(use.result).toMatchObject({ ok: false, error: { code: "forbidden" } });
  // Even with the cookie set by hand, the ADE keeps using the environment's connection.
  const status = (await (
    await fetch(`${ade.baseUrl}/api/server-status`, { headers: { cookie: "ade-connection=c-old" } })
  ).json()) as { connectionId: string };
  expect(status.connectionId).toBe("env");
});
