import { randomUUID } from "node:crypto";
import { deriveSessionKey, signSession } from "../lib/access/session";
import { builtRoutes, startAde, type AdeProcess } from "./ade-process";
import { expect, test } from "./fixtures";
import { postAction, postFormAction } from "./server-actions";
import { e2eSecrets } from "./test-stack";
import { ChatPane } from "./pages/chat-pane";
import { expectNoSeriousViolationsInBothThemes } from "./axe";

// One ADE with an access password (and a known session secret, to sign a cookie the way it does).
let ade: AdeProcess;
const password = e2eSecrets.accessPassword;

test.beforeAll(async () => {
  ade = await startAde(1, { ADE_ACCESS_PASSWORD: password, ADE_SESSION_SECRET: e2eSecrets.sessionSecret });
});
test.afterAll(async () => {
  await ade?.stop();
});
test.use({ baseURL: undefined });

/** Each test acts as its own client, so one test's wrong passwords do not slow another down. */
const asClient = () => ({
  "x-forwarded-for": `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
});

/** Logs in through the login server action, as the login form does, and answers the session cookie. */
async function logInByApi(headers: Record<string, string>): Promise<string> {
  const { response } = await postFormAction(
    ade.baseUrl,
    "loginAction",
    { password, next: "/" },
    { page: "/login", headers },
  );
  expect(response.status).toBeLessThan(400);
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith("ade-session="));
  expect(cookie).toBeDefined();
  return (cookie ?? "").split(";")[0] ?? "";
}

test("every page, route handler and stream of the build needs a session", async () => {
  const { pages, handlers } = await builtRoutes();
  expect(pages).toContain("/agents/x-test");
  expect(handlers).toContain("/api/agents/x-test/messages");
  expect(handlers.length).toBeGreaterThan(20);

  for (const page of pages.filter((path) => path !== "/login")) {
    for (const headers of [{}, { RSC: "1" }] as Array<Record<string, string>>) {
      const response = await fetch(`${ade.baseUrl}${page}`, { headers, redirect: "manual" });
      expect(response.status, `GET ${page} ${JSON.stringify(headers)}`).toBe(307);
      const location = new URL(response.headers.get("location") ?? "", ade.baseUrl);
      expect(location.pathname, page).toBe("/login");
      expect(location.searchParams.get("next") ?? "/", page).toBe(page);
    }
    // A server action is a POST to a page.
    const action = await fetch(`${ade.baseUrl}${page}`, {
      method: "POST",
      headers: { "next-action": "0".repeat(40) },
      body: "[]",
      redirect: "manual",
    });
    expect(action.status, `server action on ${page}`).toBe(401);
  }

  for (const handler of handlers) {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      const response = await fetch(`${ade.baseUrl}${handler}`, {
        method,
        headers: { "content-type": "application/json" },
        body: method === "GET" ? undefined : "{}",
        redirect: "manual",
      });
      expect(response.status, `${method} ${handler}`).toBe(401);
      expect(await response.json(), `${method} ${handler}`).toMatchObject({
        error: { code: "unauthorized", message: "Log in to use this ADE." },
      });
    }
  }
});

test("without a session, real server actions are refused and nothing changes on the server", async ({
  letta,
  agent,
}) => {
  const cases: Array<[string, unknown]> = [
    ["updateAgentAction", { agentId: agent.id, name: `${agent.name}-renamed`, tags: ["changed"] }],
    ["deleteAgentAction", { agentId: agent.id }],
    [
      "createAgentBlockAction",
      { agentId: agent.id, label: "sneaky", value: "x", description: "", limit: 100, readOnly: false },
    ],
    ["resetMessagesAction", { agentId: agent.id }],
    ["activateConnectionAction", { id: "env" }],
  ];
  for (const [name, input] of cases) {
    for (const page of ["/login", `/agents/${agent.id}`]) {
      const response = await postAction(ade.baseUrl, name, [input], { page });
      expect(response.status, `${name} on ${page}`).toBe(401);
      expect(JSON.parse(response.body), name).toMatchObject({
        error: { code: "unauthorized", message: "Log in to use this ADE." },
      });
    }
  }
  const after = await letta.agents.retrieve(agent.id, { include: ["agent.blocks"] });
  expect(after.name).toBe(agent.name);
  expect(after.tags ?? []).toEqual(agent.tags ?? []);
  expect(after.blocks?.map((block) => block.label).sort()).toEqual(["human", "persona"]);
});

test("the login form works without JavaScript", async ({ browser, agent }) => {
  const context = await browser.newContext({
    baseURL: ade.baseUrl,
    javaScriptEnabled: false,
    extraHTTPHeaders: asClient(),
  });
  const page = await context.newPage();
  await page.goto(`/login?next=${encodeURIComponent(`/agents/${agent.id}`)}`);
  await page.getByLabel("Access password").fill("not-the-password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("form", { name: "Log in" }).getByRole("alert")).toContainText("Wrong password.");
  expect((await context.cookies()).find((cookie) => cookie.name === "ade-session")).toBeUndefined();

  // After a wrong password the next try must wait; once it is over, the form logs in and opens the page.
  await expect(async () => {
    await page.getByLabel("Access password").fill(password);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page).toHaveURL(`${ade.baseUrl}/agents/${agent.id}`, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  expect((await context.cookies()).find((cookie) => cookie.name === "ade-session")).toMatchObject({ httpOnly: true });
  // The agent page streams behind its loading state, which needs JavaScript: the session is checked with it on.
  const withScripts = await browser.newContext({
    baseURL: ade.baseUrl,
    extraHTTPHeaders: asClient(),
    storageState: await context.storageState(),
  });
  await context.close();
  const opened = await withScripts.newPage();
  await opened.goto(`/agents/${agent.id}`);
  await expect(opened.getByRole("heading", { level: 1, name: agent.name })).toBeVisible();
  await withScripts.close();
});

test("a wrong password is refused, and the next try must wait", async () => {
  const client = asClient();
  // The login server action, called as the login form calls it; a refusal is the action's result.
  const attempt = (typed: string, headers = client) =>
    postFormAction(ade.baseUrl, "loginAction", { password: typed, next: "/" }, { page: "/login", headers });
  /** The refusal's code, or "ok" when the action logged in (and set the cookie). */
  const outcome = async (typed: string) => {
    const answer = await attempt(typed);
    if (answer.response.headers.getSetCookie().some((value) => value.startsWith("ade-session="))) return "ok";
    return answer.result?.error?.code ?? `status ${answer.status}`;
  };

  const wrong = await attempt("not-the-password");
  expect(wrong.result).toMatchObject({ ok: false, error: { code: "unauthorized", message: "Wrong password." } });
  expect(wrong.response.headers.getSetCookie()).toEqual([]);

  // Straight away, even the right password is not checked: the client must wait first.
  const tooSoon = await attempt(password);
  expect(tooSoon.result).toMatchObject({ ok: false, error: { code: "rate_limited" } });
  expect(tooSoon.response.headers.getSetCookie()).toEqual([]);

  // Once the wait is over, the right password logs in; another client was never slowed.
  await expect.poll(() => outcome(password), { intervals: [500], timeout: 10_000 }).toBe("ok");
  const other = await attempt(password, asClient());
  expect(other.response.headers.getSetCookie().some((value) => value.startsWith("ade-session="))).toBe(true);

  // Wrong again twice: the wait doubles. The refusal says so itself (the wait a later try is told shrinks
  // with the time that passed, which a loaded machine makes unknowable).
  await expect.poll(() => outcome("wrong-1"), { intervals: [500], timeout: 10_000 }).toBe("unauthorized");
  let secondWrong: Awaited<ReturnType<typeof attempt>> | undefined;
  await expect
    .poll(async () => (secondWrong = await attempt("wrong-2")).result?.error?.code, {
      intervals: [500],
      timeout: 10_000,
    })
    .toBe("unauthorized");
  expect(secondWrong?.result).toMatchObject({
    ok: false,
    error: { message: "Wrong password.", hint: "Try again in 2 s." },
  });
  const waited = await attempt(password);
  expect(waited.result).toMatchObject({ ok: false, error: { code: "rate_limited" } });
});

test("logging in through the page opens the page asked for; the cookie is httpOnly, SameSite and signed; logout ends it", async ({
  browser,
  agent,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: ade.baseUrl, extraHTTPHeaders: asClient() });
  const page = await context.newPage();

  await page.goto(`/agents/${agent.id}`);
  await expect(page).toHaveURL(`${ade.baseUrl}/login?next=${encodeURIComponent(`/agents/${agent.id}`)}`);
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Letta server" })).toHaveCount(0);
  await expect(page.getByLabel("Your name (optional)")).toHaveAccessibleDescription(
    "Others watching an agent see it on the turns you send.",
  );
  await expectNoSeriousViolationsInBothThemes(page);

  await page.getByLabel("Access password").fill("not-the-password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("form", { name: "Log in" }).getByRole("alert")).toContainText("Wrong password.");
  await expect(page.getByLabel("Access password")).toHaveValue("not-the-password");

  await page.getByLabel("Access password").fill(password);
  // Right after a wrong password the form may say to wait (429); once the wait is over, it logs in.
  // The first load of the agent page on a fresh ADE process can outlast one try: once it has left the login page, only wait.
  await expect(async () => {
    if (new URL(page.url()).pathname === "/login")
      await page.getByRole("button", { name: "Log in" }).click({ timeout: 1_000 });
    await expect(page).toHaveURL(`${ade.baseUrl}/agents/${agent.id}`, { timeout: 10_000 });
  }).toPass({ timeout: 45_000 });
  await expect(page.getByRole("heading", { level: 1, name: agent.name })).toBeVisible();

  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name === "ade-session");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  expect((session?.expires ?? 0) * 1000).toBeGreaterThan(Date.now() + 11 * 3600_000);
  expect(await page.evaluate(() => document.cookie)).not.toContain("ade-session");

  // The chat streams through the session.
  await new ChatPane(page).send("hello behind the password");
  await expect(new ChatPane(page).log.getByRole("article", { name: "Agent reply" }).last()).toContainText(
    "You said: hello behind the password",
    { timeout: 45_000 },
  );

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(`${ade.baseUrl}/login`);
  expect((await context.cookies()).find((cookie) => cookie.name === "ade-session")).toBeUndefined();
  await page.goto(`/agents/${agent.id}`);
  await expect(page).toHaveURL(/\/login\?next=/);

  // The old cookie, replayed, is refused: logout ended the session on the server.
  const replay = await fetch(`${ade.baseUrl}/api/server-status`, {
    headers: { cookie: `ade-session=${session?.value}` },
  });
  expect(replay.status).toBe(401);
  await context.close();
});

test("a forged, altered or foreign session cookie is refused", async () => {
  const cookie = await logInByApi(asClient());
  const ok = await fetch(`${ade.baseUrl}/api/server-status`, { headers: { cookie } });
  expect(ok.status).toBe(200);

  const value = cookie.slice("ade-session=".length);
  const [expires, nonce, signature] = value.split(".") as [string, string, string];
  const now = Date.now();
  const forged = [
    `${Number(expires) + 3600_000}.${nonce}.${signature}`,
    `${expires}.${randomUUID().replace(/-/g, "")}.${signature}`,
    `${expires}.${nonce}.${"A".repeat(signature.length)}`,
    signSession(deriveSessionKey("a-secret-that-is-not-the-ade-secret-000", password), now),
    signSession(deriveSessionKey(e2eSecrets.sessionSecret, "a guessed password"), now),
    "1",
    "",
  ];
  for (const candidate of forged) {
    const response = await fetch(`${ade.baseUrl}/api/server-status`, {
      headers: { cookie: `ade-session=${candidate}` },
    });
    expect(response.status, candidate).toBe(401);
  }
  // Control: a value signed with the ADE's own secret and password is accepted, so the signature is what counts.
  const genuine = signSession(deriveSessionKey(e2eSecrets.sessionSecret, password), now);
  expect(
    (await fetch(`${ade.baseUrl}/api/server-status`, { headers: { cookie: `ade-session=${genuine}` } })).status,
  ).toBe(200);
});

test("a change from another site is refused even with a session", async ({ letta, agent }) => {
  const cookie = await logInByApi(asClient());
  const rename = (headers: Record<string, string>) =>
    postAction(ade.baseUrl, "updateAgentAction", [{ agentId: agent.id, name: `${agent.name}-renamed` }], {
      page: `/agents/${agent.id}`,
      headers: { cookie, ...headers },
    });
  const foreign: Array<Record<string, string>> = [
    { origin: "http://evil.example" },
    { "sec-fetch-site": "cross-site" },
    { "sec-fetch-site": "same-site" },
  ];
  for (const headers of foreign) {
    const response = await rename(headers);
    expect(response.status, JSON.stringify(headers)).toBe(403);
    expect(JSON.parse(response.body)).toMatchObject({
      error: { code: "forbidden", message: "This request came from another site and was refused." },
    });
  }
  expect((await letta.agents.retrieve(agent.id)).name).toBe(agent.name);

  // The same change from the ADE's own origin goes through.
  const own = await rename({ origin: ade.baseUrl, "sec-fetch-site": "same-origin" });
  expect(own.result, own.body).toMatchObject({ ok: true });
  expect((await letta.agents.retrieve(agent.id)).name).toBe(`${agent.name}-renamed`);
});
