import { NextResponse, type NextRequest } from "next/server";
import { accessConfig } from "@/lib/access/config";
import { decideAccess, LOGIN_PATH } from "@/lib/access/policy";
import { isLiveSession } from "@/lib/access/check-session";
import { SESSION_COOKIE } from "@/lib/access/session";

/** Access control for every page, route handler, stream and server action, in one place (lib/access/policy.ts). */
export function proxy(request: NextRequest) {
  const config = accessConfig();
  const decision = decideAccess(
    {
      method: request.method,
      pathname: request.nextUrl.pathname,
      search: request.nextUrl.search,
      headers: request.headers,
      hasSession: config.password !== undefined && isLiveSession(request.cookies.get(SESSION_COOKIE)?.value),
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
      return decision.error.toResponse();
  }
}

export const config = {
  // Build output (hashed, public by nature) is served as is; everything else passes the access check.
  matcher: ["/((?!_next/static/|_next/image|favicon.ico|favicon.svg|logo.svg).*)"],
};
