import { randomUUID } from "node:crypto";
import { startAde, type AdeProcess } from "./ade-process";
import { createDatabase, dropDatabase, storeRows } from "./ade-store";
import { expect, test } from "./fixtures";
import { postAction, postFormAction } from "./server-actions";
import { e2eSecrets } from "./test-stack";

// Two ADE processes on one Postgres database, as behind a load balancer: no session secret configured, so
// the one they share must come from the store.
const database = `ade_shared_${randomUUID().slice(0, 8)}`;
const password = e2eSecrets.accessPassword;
let one: AdeProcess;
let two: AdeProcess;

test.beforeAll(async () => {
  const url = await createDatabase(database);
  const env = { ADE_ACCESS_PASSWORD: password, ADE_DATABASE_URL: url };
  [one, two] = await Promise.all([startAde(5, env), startAde(6, env)]);
});
test.afterAll(async () => {
  await Promise.all([one?.stop(), two?.stop()]);
  await dropDatabase(database);
});
test.use({ baseURL: undefined });

const client = { "x-forwarded-for": "10.9.0.1" };

async function logIn(ade: AdeProcess): Promise<string> {
  const { response } = await postFormAction(
    ade.baseUrl,
    "loginAction",
    { password, next: "/" },
    { page: "/login", headers: client },
  );
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith("ade-session="));
  expect(cookie).toBeDefined();
  return (cookie ?? "").split(";")[0] ?? "";
}

/** Whether an ADE lets this cookie in (a page, not the login redirect). */
async function admits(ade: AdeProcess, cookie: string): Promise<boolean> {
  const response = await fetch(`${ade.baseUrl}/connections`, { headers: { cookie }, redirect: "manual" });
  return response.status === 200;
}

async function act(ade: AdeProcess, cookie: string, name: string, input: unknown) {
  const { status, result, body } = await postAction(ade.baseUrl, name, [input], {
    headers: { cookie, ...client, origin: ade.baseUrl, "sec-fetch-site": "same-origin" },
  });
  expect(status, body).toBe(200);
  expect(result, body).toMatchObject({ ok: true });
  return result?.data;
}

test("a login on one ADE is accepted by the other, and logging out on one ends the session on both", async () => {
  const cookie = await logIn(one);
  expect(await admits(one, cookie)).toBe(true);
  expect(await admits(two, cookie)).toBe(true);
  const other = await logIn(two);
  expect(await admits(one, other)).toBe(true);

  await act(one, cookie, "logoutAction", undefined);
  await expect.poll(() => admits(two, cookie)).toBe(false);
  expect(await admits(one, cookie)).toBe(false);
  // The other session is untouched.
  expect(await admits(two, other)).toBe(true);
});

test("a wrong password on one ADE slows that client's next try on the other", async () => {
  const guesser = { "x-forwarded-for": "10.9.0.77" };
  const attempt = async (ade: AdeProcess, tried: string) =>
    (
      await postFormAction(
        ade.baseUrl,
        "loginAction",
        { password: tried, next: "/" },
        { page: "/login", headers: guesser },
      )
    ).result;
  expect(await attempt(one, "not-the-password")).toMatchObject({
    ok: false,
    error: { code: "unauthorized", message: "Wrong password." },
  });
  const failures = (sql: string) => storeRows(database, sql, ["10.9.0.77"]);
  expect(await failures("select count from ade_login_failures where client = $1")).toEqual([{ count: 1 }]);
  // The second ADE refuses even the right password until the wait is over, then lets it in.
  expect(await attempt(two, password)).toMatchObject({ ok: false, error: { code: "rate_limited" } });
  await expect.poll(async () => (await attempt(two, password))?.ok, { intervals: [500], timeout: 15_000 }).toBe(true);
  expect(await failures("select count from ade_login_failures where client = $1")).toEqual([]);
});

test("a connection saved on one ADE is listed by the other, and removed from both", async ({ browser }) => {
  const cookie = await logIn(one);
  const name = `shared-${randomUUID().slice(0, 8)}`;
  const saved = (await act(one, cookie, "createConnectionAction", {
    connection: { kind: "self-hosted", name, baseUrl: "http://127.0.0.1:9/", secret: "" },
    force: true,
  })) as { connection: { id: string } };

  const context = await browser.newContext();
  const [value = ""] = cookie.split("=").slice(1);
  await context.addCookies([{ name: "ade-session", value, url: two.baseUrl }]);
  const page = await context.newPage();
  await page.goto(`${two.baseUrl}/connections`);
  const listed = page.getByRole("list", { name: "Connections" }).getByText(name);
  await expect(listed).toBeVisible();

  await act(two, cookie, "removeConnectionAction", { id: saved.connection.id });
  await page.reload();
  await expect(page.getByRole("list", { name: "Connections" })).toBeVisible();
  await expect(listed).toHaveCount(0);
  const response = await fetch(`${one.baseUrl}/connections`, { headers: { cookie } });
  expect(await response.text()).not.toContain(name);
  await context.close();
});

test("two people saving test messages at once, on both ADEs, lose nothing and duplicate nothing", async ({
  letta,
  agent,
}) => {
  const partner = await letta.agents.create({
    name: `e2e-store-partner-${randomUUID().slice(0, 8)}`,
    model: "openai-proxy/scripted-model",
    embedding: "openai/text-embedding-3-small",
  });
  try {
    const [cookieOne, cookieTwo] = [await logIn(one), await logIn(two)];
    const texts = Array.from({ length: 12 }, (_, index) => `message ${index} ${randomUUID().slice(0, 6)}`);
    await Promise.all(
      texts.map((text, index) =>
        index % 2
          ? act(one, cookieOne, "addTestMessageAction", { a: agent.id, b: partner.id, text })
          : act(two, cookieTwo, "addTestMessageAction", { b: agent.id, a: partner.id, text }),
      ),
    );
    // The messages are the cases of one dataset, the pair's own, picked for the pair.
    const rows = await storeRows<{ id: string; dataset: { cases: { id: string; input: string[] }[] } }>(
      database,
      "select id, dataset from ade_eval_datasets",
    );
    expect(rows).toHaveLength(1);
    const cases = rows[0]?.dataset.cases ?? [];
    expect(cases.map((item) => item.input[0]).sort()).toEqual([...texts].sort());
    expect(new Set(cases.map((item) => item.id)).size).toBe(texts.length);
    const pairs = await storeRows<{ dataset_id: string }>(database, "select dataset_id from ade_ab_chat_tests");
    expect(pairs).toEqual([{ dataset_id: rows[0]?.id }]);
  } finally {
    await letta.agents.delete(partner.id).catch(() => undefined);
  }
});

test("block snapshots and the edit log are shared: the memory timeline reads the same on both", async ({
  letta,
  agent,
}) => {
  const [cookieOne, cookieTwo] = [await logIn(one), await logIn(two)];
  const blocks = (ade: AdeProcess, cookie: string) =>
    fetch(`${ade.baseUrl}/api/agents/${agent.id}/blocks`, { headers: { cookie } }).then((response) => {
      expect(response.status).toBe(200);
      return response.json() as Promise<
        { id: string; label: string; value: string; limit: number; description: string | null; readOnly: boolean }[]
      >;
    });
  // Both ADEs see the agent's blocks at once: each value is kept once.
  const [seen] = await Promise.all([blocks(one, cookieOne), blocks(two, cookieTwo)]);
  const human = seen.find((block) => block.label === "human");
  expect(human).toBeDefined();
  const snapshotCount = async () =>
    (
      await storeRows<{ count: string }>(database, "select count(*) from ade_block_snapshots where block_id = $1", [
        human?.id,
      ])
    )[0]?.count;
  expect(await snapshotCount()).toBe("1");

  // A change no ADE made, seen by both at once: one new snapshot, not two.
  await letta.blocks.update(human?.id ?? "", { value: "Changed behind the ADEs' backs." });
  await Promise.all([blocks(one, cookieOne), blocks(two, cookieTwo)]);
  expect(await snapshotCount()).toBe("2");

  // A save through one ADE lands in the edit log both read.
  await act(one, cookieOne, "updateBlockAction", {
    blockId: human?.id,
    value: "Saved through the first ADE.",
    limit: human?.limit,
    description: human?.description ?? "",
    readOnly: false,
  });
  const timeline = (ade: AdeProcess, cookie: string) =>
    fetch(`${ade.baseUrl}/api/agents/${agent.id}/blocks/history`, { headers: { cookie } }).then((response) =>
      response.json(),
    );
  const [fromOne, fromTwo] = await Promise.all([timeline(one, cookieOne), timeline(two, cookieTwo)]);
  expect(JSON.stringify(fromOne)).toContain("Saved through the first ADE.");
  expect(fromTwo).toEqual(fromOne);
  const edits = await storeRows<{ count: string }>(
    database,
    "select count(*) from ade_block_edits where block_id = $1",
    [human?.id],
  );
  expect(edits[0]?.count).toBe("1");
});
