import { AppError } from "@/lib/errors";
import { clientKey, LoginBackoff } from "./backoff";
import { accessConfig } from "./config";
import { storeFailureLog } from "./failure-log";
import { passwordMatches, SESSION_COOKIE, SESSION_TTL_MS, signSession } from "./session";
import { sessionKey } from "./session-key";

const backoff = new LoginBackoff(storeFailureLog);

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function tooSoon(waitMs: number): AppError {
  return new AppError(
    "rate_limited",
    `Too many wrong passwords: wait ${seconds(waitMs)} s before trying again.`,
    "Check the access password with whoever runs this ADE.",
  );
}

/** The Set-Cookie attributes of the session: httpOnly, SameSite=Lax, Secure when the ADE is reached over https. */
export function sessionCookie(headers: Headers, value: string, maxAgeSeconds: number) {
  const https = headers.get("x-forwarded-proto") === "https";
  return {
    name: SESSION_COOKIE,
    value,
    httpOnly: true,
    sameSite: "lax" as const,
    secure: https,
    path: "/",
    maxAge: maxAgeSeconds,
  };
}

/**
 * Checks a login attempt and answers a new session value. A client that typed a wrong password must wait
 * (1 s, then 2, 4… up to a minute) before the next attempt is even checked. `name` (optional) is kept in the
 * session: the others watching a turn this person sends see it.
 */
export async function logIn(
  headers: Headers,
  password: string,
  name?: string,
): Promise<{ value: string; maxAgeSeconds: number }> {
  const config = accessConfig();
  const key = await sessionKey(config);
  if (!config.password || !key) {
    throw new AppError(
      "invalid_input",
      "This ADE has no access password, so there is nothing to log in to.",
      "Open the ADE's pages directly.",
    );
  }
  const client = clientKey(headers);
  const wait = await backoff.waitFor(client);
  if (wait > 0) throw tooSoon(wait);
  if (!passwordMatches(password, config.password)) {
    const next = await backoff.fail(client);
    throw new AppError("unauthorized", "Wrong password.", `Try again in ${seconds(next)} s.`);
  }
  await backoff.succeed(client);
  return { value: signSession(key, Date.now(), { name }), maxAgeSeconds: SESSION_TTL_MS / 1000 };
}
