import "server-only";
import { cookies } from "next/headers";
import { isLiveSession } from "./check-session";
import { accessConfig } from "./config";
import type { AccessInfo } from "./public";
import { SESSION_COOKIE, sessionName } from "./session";

export function accessInfo(): AccessInfo {
  const config = accessConfig();
  return { demo: config.demo, demoChat: config.demoChat, loginRequired: config.password !== undefined };
}

/** Whether this request may see the ADE (the proxy already enforces it; pages shared with /login ask too). */
export async function hasAccess(): Promise<boolean> {
  if (!accessConfig().password) return true;
  return isLiveSession((await cookies()).get(SESSION_COOKIE)?.value);
}

/** The name this request's person gave when logging in (null without a password, a session or a name). */
export async function accessName(): Promise<string | null> {
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!accessConfig().password || value === undefined || !(await isLiveSession(value))) return null;
  return sessionName(value);
}
