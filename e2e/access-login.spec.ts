import { randomUUID } from "node:crypto";
import { deriveSessionKey, signSession } from "../lib/access/session";
import { builtRoutes, startAde, type AdeProcess } from "./ade-process";
import { expect, test } from "./fixtures";
import { e2eSecrets } from "./test-stack";

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

async function logInByApi(headers: Record<string, string>): Promise<string> {
  const response = await fetch(`${ade.baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ password }),
  });
  expect(response.status).toBe(200);
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

  for (const handler of handlers.filter((path) => !path.startsWith("/api/auth/"))) {
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

test("a wrong password is refused, and the next try must wait", async () => {
  const client = asClient();
  const attempt = (typed: string) =>
    fetch(`${ade.baseUrl}/api/auth/login`, {
      method: "POST",
      headers: { ...client, "content-type": "application/json" },
      body: JSON.stringify({ password: typed }),
    });

  const wrong = await attempt("not-the-password");
  expect(wrong.status).toBe(401);
  expect(wrong.headers.get("retry-after")).toBe("1");
  expect(await wrong.json()).toMatchObject({ error: { code: "unauthorized", message: "Wrong password." } });
  expect(wrong.headers.getSetCookie()).toEqual([]);

  // Straight away, even the right password is not checked: the client must wait first.
  const tooSoon = await attempt(password);
  expect(tooSoon.status).toBe(429);
  expect(Number(tooSoon.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  expect(await tooSoon.json()).toMatchObject({ error: { code: "rate_limited" } });

  // Once the wait is over, the right password logs in; another client was never slowed.
  await expect.poll(async () => (await attempt(password)).status, { intervals: [500], timeout: 10_000 }).toBe(200);
  expect(
    (
      await fetch(`${ade.baseUrl}/api/auth/login`, {
        method: "POST",
        headers: { ...asClient(), "content-type": "application/json" },
        body: JSON.stringify({ password }),
      })
    ).status,
  ).toBe(200);

  // Wrong again twice: the wait doubles. The refusal says so itself (the Retry-After of a later try shrinks
  // with the time that passed, which a loaded machine makes unknowable).
  await expect.poll(async () => (await attempt("wrong-1")).status, { intervals: [500], timeout: 10_000 }).toBe(401);
  let secondWrong: Response | undefined;
  await expect
    .poll(async () => (secondWrong = await attempt("wrong-2")).status, { intervals: [500], timeout: 10_000 })
    .toBe(401);
  expect(secondWrong?.headers.get("retry-after")).toBe("2");
  const waited = await attempt(password);
  expect(waited.status).toBe(429);
  expect(Number(waited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
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
  await page.getByRole("textbox", { name: "Message" }).fill("hello behind the password");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(
    page.getByRole("log", { name: "Conversation" }).getByRole("article", { name: "Agent reply" }).last(),
  ).toContainText("You said: hello behind the password", { timeout: 45_000 });

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
    fetch(`${ade.baseUrl}/api/agents/${agent.id}`, {
      method: "PATCH",
      headers: { cookie, "content-type": "application/json", ...headers },
      body: JSON.stringify({ name: `${agent.name}-renamed` }),
    });
  const foreign: Array<Record<string, string>> = [
    { origin: "http://evil.example" },
    { "sec-fetch-site": "cross-site" },
    { "sec-fetch-site": "same-site" },
  ];
  for (const headers of foreign) {
    const response = await rename(headers);
    expect(response.status, JSON.stringify(headers)).toBe(403);
    expect(await response.json()).toMatchObject({
      error: { code: "forbidden", message: "This request came from another site and was refused." },
    });
  }
  expect((await letta.agents.retrieve(agent.id)).name).toBe(agent.name);

  // The same change from the ADE's own origin goes through.
  const own = await rename({ origin: ade.baseUrl, "sec-fetch-site": "same-origin" });
  expect(own.status).toBe(200);
  expect((await letta.agents.retrieve(agent.id)).name).toBe(`${agent.name}-renamed`);
});
