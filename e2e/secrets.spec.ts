import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Response } from "@playwright/test";
import { expect, listConnections, test, uniqueName } from "./connection-fixtures";
import { postAction, runAction } from "./server-actions";
import { mainAdeDatabase, storeRows } from "./ade-store";
import { adeBaseUrl, configuredSecrets, lettaBaseUrl } from "./test-stack";

const buildDir = path.resolve(import.meta.dirname, "..", ".next");
const staticDir = path.join(buildDir, "static");

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

test("a saved password never reaches the browser", async ({ page, agent }) => {
  const secret = `sk-let-e2e-secret-${randomUUID()}`;
  const name = uniqueName("secret");
  const seen: Array<Promise<{ url: string; body: string }>> = [];
  page.on("response", (response: Response) => {
    seen.push(
      response
        .body()
        .then((body) => ({
          url: response.url(),
          body: `${JSON.stringify(response.headers())}\n${body.toString("utf8")}`,
        }))
        .catch(() => ({ url: response.url(), body: JSON.stringify(response.headers()) })),
    );
  });

  // Add the connection with the secret, test it, save it, open it for editing, and use it.
  await page.goto("/connections");
  await page.getByRole("button", { name: "Add connection" }).click();
  const form = page.getByRole("region", { name: "Add connection" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Server URL").fill(lettaBaseUrl);
  await form.getByLabel("Password (optional)").fill(secret);
  await form.getByRole("button", { name: "Test connection" }).click();
  await expect(form.getByRole("status")).toContainText("Connected to Letta");
  await form.getByRole("button", { name: "Save connection" }).click();
  const item = page.getByRole("listitem", { name });
  await expect(item).toContainText("Password set");
  await item.getByRole("button", { name: `Edit ${name}` }).click();
  await expect(page.getByRole("region", { name: `Edit ${name}` }).getByLabel("Password (optional)")).toHaveValue("");
  await page
    .getByRole("region", { name: `Edit ${name}` })
    .getByRole("button", { name: "Cancel" })
    .click();
  await item.getByRole("button", { name: `Test ${name}` }).click();
  await expect(item.getByRole("status")).toContainText("Connected to Letta");
  await item.getByRole("button", { name: `Use ${name}` }).click();
  await expect(item).toContainText("Active");

  // Browse with the secret's connection active: pages, then the same pages as RSC payloads, then the APIs.
  for (const pathname of ["/agents", `/agents/${agent.id}`, "/models", "/connections"]) {
    await page.goto(pathname);
    await expect(page.getByRole("region", { name: "Letta server" }).getByRole("status")).toHaveText("Connected");
  }
  const direct: Array<{ url: string; body: string }> = [];
  for (const pathname of ["/", "/agents", `/agents/${agent.id}`, "/models", "/connections"]) {
    for (const headers of [{}, { RSC: "1" }] as Array<Record<string, string>>) {
      const response = await page.request.get(pathname, { headers });
      direct.push({
        url: `${pathname} ${JSON.stringify(headers)}`,
        body: `${JSON.stringify(response.headers())}\n${await response.text()}`,
      });
    }
  }
  const saved = (await listConnections(page.request)).connections.find((connection) => connection.name === name);
  expect(saved).toMatchObject({ hasSecret: true });
  const apiCalls = [
    page.request.get("/api/connections"),
    page.request.get("/api/server-status"),
    page.request.get("/api/agents"),
  ];
  for (const call of apiCalls) {
    const response = await call;
    expect(response.ok()).toBe(true);
    direct.push({ url: response.url(), body: `${JSON.stringify(response.headers())}\n${await response.text()}` });
  }
  // Server action results (RSC payloads) that describe the saved connection.
  for (const [action, input] of [
    ["checkConnectionAction", { id: saved?.id }],
    ["updateConnectionAction", { id: saved?.id, connection: { kind: "self-hosted", name, baseUrl: lettaBaseUrl } }],
  ] as const) {
    const called = await postAction(adeBaseUrl, action, [input]);
    expect(called.result, called.body).toMatchObject({ ok: true });
    direct.push({ url: `action ${action}`, body: called.body });
  }
  expect(await page.evaluate(() => document.cookie)).not.toContain("ade-connection");

  const recorded = [...(await Promise.all(seen)), ...direct];
  expect(recorded.length).toBeGreaterThan(20);
  expect(recorded.some((entry) => entry.body.includes(name))).toBe(true);
  for (const candidate of [secret, ...configuredSecrets]) {
    expect(recorded.filter((entry) => entry.body.includes(candidate)).map((entry) => entry.url)).toEqual([]);
  }

  const staticFiles = await filesUnder(staticDir);
  expect(staticFiles.length).toBeGreaterThan(0);
  for (const file of staticFiles) expect((await readFile(file)).includes(secret), file).toBe(false);

  // The secret is kept on the ADE's server only: in its store (here the e2e ADE's Postgres database).
  const rows = await storeRows<{ secret: string | null }>(
    mainAdeDatabase,
    "select secret from ade_connections where id = $1",
    [saved?.id],
  );
  expect(rows.map((row) => row.secret)).toEqual([secret]);
  await runAction(adeBaseUrl, "removeConnectionAction", { id: saved?.id });
});

test("the production build's static files and prerendered pages hold no configured secret", async () => {
  // What the ADE serves as files: the browser bundles, and the HTML/RSC rendered at build time.
  const served = [
    ...(await filesUnder(staticDir)),
    ...(await filesUnder(path.join(buildDir, "server", "app"))).filter((file) =>
      /\.(html|rsc|body|meta|json)$/.test(file),
    ),
  ];
  expect(served.some((file) => file.endsWith(".html"))).toBe(true);
  expect(served.some((file) => file.endsWith(".js"))).toBe(true);
  const leaks: string[] = [];
  for (const file of served) {
    const content = await readFile(file);
    for (const candidate of configuredSecrets)
      if (content.includes(candidate)) leaks.push(`${file}: ${candidate.slice(0, 6)}…`);
  }
  expect(leaks).toEqual([]);
});
