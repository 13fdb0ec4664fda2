import { NextResponse } from "next/server";
import { logIn, sessionCookie } from "@/lib/access/login";
import { errorResponse, parseInput, readJson } from "@/lib/http";
import { loginSchema } from "./schema";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  try {
    const { password } = parseInput(loginSchema, await readJson(request));
    const session = logIn(request, password);
    const response = NextResponse.json({ loggedIn: true });
    response.cookies.set(sessionCookie(request, session.value, session.maxAgeSeconds));
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}
