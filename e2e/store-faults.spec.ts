import { randomUUID } from "node:crypto";
import { spawnServe, startAde, type AdeProcess } from "./ade-process";
import { createDatabase, dropDatabase, storeRows } from "./ade-store";
import { expect, test } from "./fixtures";
import { postAction } from "./server-actions";
import { TcpGate } from "./tcp-gate";
import { extraAdePort, testStack } from "./test-stack";

test.use({ baseURL: undefined });

test("a malformed ADE_DATABASE_URL is refused at start with a clear message", async () => {
  const { output, exit } = spawnServe({
    ADE_HOST: "127.0.0.1",
    PORT: String(extraAdePort(7)),
    ADE_DATABASE_URL: "mysql://ade:hunter2-secret@db.internal/ade",
  });
  expect(await exit).not.toBe(0);
  expect(output()).toContain("ADE_DATABASE_URL must start with postgres:// or postgresql://");
  expect(output()).not.toContain("hunter2-secret");
});

test("a database that is down at start or goes away: the ADE names it, keeps serving what does not need it, and recovers by itself", async ({
  page,
  agent,
}) => {
  test.setTimeout(240_000);
  const database = `ade_faults_${randomUUID().slice(0, 8)}`;
  await createDatabase(database);
  const gate = new TcpGate(extraAdePort(8), testStack.pgPort);
  const shown = `postgres://postgres@127.0.0.1:${gate.port}/${database}`;
  let ade: AdeProcess | undefined;
  try {
    // Down at start: the ADE starts anyway and says which database and why, never with its password.
    ade = await startAde(7, {
      ADE_DATABASE_URL: `postgres://postgres:the-db-password@127.0.0.1:${gate.port}/${database}`,
    });
    const running = ade;
    await expect.poll(() => running.output()).toContain(shown);
    expect(running.output()).toMatch(/ECONNREFUSED|connect/);

    const save = (name: string) =>
      postAction(running.baseUrl, "createConnectionAction", [
        { connection: { kind: "self-hosted", name, baseUrl: "http://127.0.0.1:9/", secret: "" }, force: true },
      ]);
    const refused = await save("while the store is down");
    expect(refused.result).toMatchObject({ ok: false, error: { code: "unreachable" } });
    expect(refused.result?.error?.message).toContain(shown);
    expect(refused.body).not.toContain("the-db-password");

    // What does not need the store still works: an agent's page from the environment's Letta server.
    await page.goto(`${running.baseUrl}/agents/${agent.id}`);
    await expect(page.getByRole("heading", { name: agent.name })).toBeVisible();

    // The database comes up: the next call opens and migrates the store; nothing to restart.
    await gate.open();
    await expect.poll(async () => (await save("after the store came up")).result?.ok, { timeout: 30_000 }).toBe(true);

    // It goes away under the running ADE, then returns.
    await gate.close();
    expect((await save("while the store is away")).result).toMatchObject({ ok: false, error: { code: "unreachable" } });
    await page.reload();
    await expect(page.getByRole("heading", { name: agent.name })).toBeVisible();
    await gate.open();
    await expect.poll(async () => (await save("after it returned")).result?.ok, { timeout: 30_000 }).toBe(true);

    const names = await storeRows<{ name: string }>(database, "select name from ade_connections order by position");
    expect(names.map((row) => row.name)).toEqual(["after the store came up", "after it returned"]);
    expect(ade.output()).not.toContain("the-db-password");
  } finally {
    await ade?.stop();
    await gate.close();
    await dropDatabase(database);
  }
});
