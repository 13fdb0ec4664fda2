"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { isLiveSession } from "./check-session";
import { logIn, sessionCookie } from "./login";
import { safeNext } from "./policy";
import { revoke } from "./revoked";
import { SESSION_COOKIE } from "./session";
import { loginSchema } from "./schema";

/**
 * The login form's action (`useActionState`, so it also works without JavaScript): sets the session
 * cookie and goes to the page that asked for the login; a wrong password comes back as the form's state.
 */
export async function loginAction(_previous: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  const fields = { password: form.get("password"), name: form.get("name") ?? undefined };
  const result = await runAction(loginSchema, fields, async ({ password, name }) => {
    const requestHeaders = await headers();
    const session = await logIn(requestHeaders, password, name);
    (await cookies()).set(sessionCookie(requestHeaders, session.value, session.maxAgeSeconds));
    return null;
  });
  if (result.ok) {
    const next = form.get("next");
    redirect(safeNext(typeof next === "string" ? next : undefined));
  }
  return result;
}

/** Ends this browser's session on the server (a replayed cookie stops working) and clears the cookie. */
export async function logoutAction(): Promise<ActionResult<null>> {
  const store = await cookies();
  const value = store.get(SESSION_COOKIE)?.value;
  if (value !== undefined && (await isLiveSession(value))) await revoke(value, Date.now());
  store.set(sessionCookie(await headers(), "", 0));
  return { ok: true, data: null };
}
