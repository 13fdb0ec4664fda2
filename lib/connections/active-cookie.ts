import "server-only";
import { cookies } from "next/headers";
import { ACTIVE_CONNECTION_COOKIE } from "@/lib/letta/connection";

/** Remembers in this browser (httpOnly: scripts cannot read it) which connection it uses. */
export async function rememberActiveConnection(id: string): Promise<void> {
  (await cookies()).set(ACTIVE_CONNECTION_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
}

export async function forgetActiveConnection(): Promise<void> {
  (await cookies()).delete(ACTIVE_CONNECTION_COOKIE);
}

export async function chosenConnectionId(): Promise<string | undefined> {
  return (await cookies()).get(ACTIVE_CONNECTION_COOKIE)?.value;
}
