import { NextResponse, type NextRequest } from "next/server";
import { isLiveSession } from "@/lib/access/check-session";
import { sessionCookie } from "@/lib/access/login";
import { revoke } from "@/lib/access/revoked";
import { SESSION_COOKIE } from "@/lib/access/session";

export const dynamic = "force-dynamic";

export function POST(request: NextRequest) {
  const value = request.cookies.get(SESSION_COOKIE)?.value;
  if (isLiveSession(value)) revoke(value, Date.now());
  const response = NextResponse.json({ loggedOut: true });
  response.cookies.set(sessionCookie(request, "", 0));
  return response;
}
