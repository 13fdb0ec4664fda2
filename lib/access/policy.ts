import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http";
import type { AccessConfig } from "./config";

export const LOGIN_PATH = "/login";

export type AccessDecision =
  { action: "next" } | { action: "login"; next: string } | { action: "home" } | { action: "refuse"; error: AppError };

export interface AccessRequest {
  method: string;
  pathname: string;
  search: string;
  headers: Headers;
  hasSession: boolean;
  /**
   * The exported names of the server actions the request calls (proxy.ts reads them from the action id),
   * "" for an id the build does not know; undefined when the request calls no server action.
   */
  actions?: string[];
}

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function isMutating(method: string): boolean {
  return !READ_METHODS.has(method.toUpperCase());
}

/** Server actions anyone may call without a session: logging in and out. */
const publicActions = new Set(["loginAction", "logoutAction"]);

/** Changes a demo still allows: signing in and out, and which connection this browser looks at (a cookie). */
const demoActions = new Set([...publicActions, "activateConnectionAction"]);

/** True when the request calls server actions and every one of them is in the set. */
const onlyActions = (request: AccessRequest, allowed: ReadonlySet<string>) =>
  request.actions !== undefined && request.actions.length > 0 && request.actions.every((name) => allowed.has(name));

/** Chatting, when ADE_DEMO_ALLOW_CHAT is set: sending (and answering approvals) and stopping a reply. */
const demoChat: Array<[string, RegExp]> = [
  ["POST", /^\/api\/agents\/[^/]+\/messages$/],
  ["POST", /^\/api\/agents\/[^/]+\/messages\/cancel$/],
];

const matches = (rules: Array<[string, RegExp]>, method: string, pathname: string) =>
  rules.some(([ruleMethod, pattern]) => ruleMethod === method && pattern.test(pathname));

function demoRefusal(chatAllowed: boolean): AppError {
  return new AppError(
    "forbidden",
    `This ADE is a read-only demo: changes are turned off${chatAllowed ? " (chatting with agents is allowed)" : ", and so is chatting"}.`,
    "Browse freely; to make changes, use an ADE that is not in demo mode.",
  );
}

function loginRequired(): AppError {
  return new AppError("unauthorized", "Log in to use this ADE.", `Open ${LOGIN_PATH} and enter the access password.`);
}

/** A local path to go back to after logging in; anything else (another site, `//host`) becomes "/". */
export function safeNext(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}

/**
 * What to do with a request before any page, route handler or server action sees it: every change must
 * come from the ADE's own pages; with a password, everything but the login page needs a session; in demo
 * mode, the server refuses every change but the few listed above.
 */
export function decideAccess(request: AccessRequest, config: AccessConfig): AccessDecision {
  const method = request.method.toUpperCase();
  const mutating = isMutating(method);
  if (mutating) {
    try {
      assertSameOrigin(request);
    } catch (error) {
      if (error instanceof AppError) return { action: "refuse", error };
      throw error;
    }
  }

  if (config.password) {
    const isPublic =
      (request.pathname === LOGIN_PATH && !mutating) || (method === "POST" && onlyActions(request, publicActions));
    if (request.pathname === LOGIN_PATH && !mutating && request.hasSession) return { action: "home" };
    if (!isPublic && !request.hasSession) {
      const isPage =
        !mutating &&
        !request.pathname.startsWith("/api/") &&
        request.actions === undefined &&
        !request.headers.has("next-action");
      return isPage
        ? { action: "login", next: `${request.pathname}${request.search}` }
        : { action: "refuse", error: loginRequired() };
    }
  }

  if (config.demo && mutating && !(method === "POST" && onlyActions(request, demoActions))) {
    if (!(config.demoChat && matches(demoChat, method, request.pathname)))
      return { action: "refuse", error: demoRefusal(config.demoChat) };
  }
  return { action: "next" };
}
