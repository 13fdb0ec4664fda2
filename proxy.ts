import { NextResponse, type NextRequest } from "next/server";
import { actionName, formActionIds } from "@/lib/access/action-names";
import { accessConfig } from "@/lib/access/config";
import { decideAccess, LOGIN_PATH } from "@/lib/access/policy";
import { isLiveSession } from "@/lib/access/check-session";
import { SESSION_COOKIE } from "@/lib/access/session";

/** Access control for every page, route handler, stream and server action, in one place (lib/access/policy.ts). */
export async function proxy(request: NextRequest) {
  const config = accessConfig();
  const actions = await calledActions(request);
  const decision = decideAccess(
    {
      method: request.method,
      pathname: request.nextUrl.pathname,
      search: request.nextUrl.search,
      headers: request.headers,
      hasSession: config.password !== undefined && (await isLiveSession(request.cookies.get(SESSION_COOKIE)?.value)),
      actions,
    },
    config,
  );
  switch (decision.action) {
    case "next":
      return NextResponse.next();
    case "home":
      return NextResponse.redirect(new URL("/", request.url), 303);
    case "login": {
      const target = new URL(LOGIN_PATH, request.url);
      if (decision.next !== "/") target.searchParams.set("next", decision.next);
      return NextResponse.redirect(target, 307);
    }
    case "refuse":
      // A refused server action answers the same body as text/plain: the only kind of error answer whose
      // text Next.js hands to the calling code (lib/actions/result.ts `unwrap` turns it back into the error).
      if (actions !== undefined || request.headers.has("next-action"))
        return new Response(JSON.stringify({ error: decision.error.toJSON() }), {
          status: decision.error.status,
          headers: { "Content-Type": "text/plain" },
        });
      return decision.error.toResponse();
  }
}

/**
 * The names of the server actions a request calls: from the `next-action` header a page's script sends,
 * or, for a form posted without JavaScript, from the action ids in its body (undefined: no action).
 */
async function calledActions(request: NextRequest): Promise<string[] | undefined> {
  const header = request.headers.get("next-action");
  if (header !== null) return [actionName(header) ?? ""];
  const type = request.headers.get("content-type") ?? "";
  const isForm = type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
  if (request.method !== "POST" || !isForm || request.nextUrl.pathname.startsWith("/api/")) return undefined;
  const form = await request
    .clone()
    .formData()
    .catch(() => undefined);
  const ids = form ? formActionIds(form) : [];
  return ids.length > 0 ? ids.map((id) => actionName(id) ?? "") : undefined;
}

export const config = {
  // Build output (hashed, public by nature) is served as is; everything else passes the access check.
  matcher: ["/((?!_next/static/|_next/image|favicon.ico|favicon.svg|logo.svg).*)"],
};
