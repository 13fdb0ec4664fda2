import { accessConfig } from "./config";
import { isRevoked } from "./revoked";
import { verifySession } from "./session";
import { sessionKey } from "./session-key";

/** Whether a session cookie value is one this ADE signed, not expired and not logged out. */
export async function isLiveSession(value: string | undefined): Promise<boolean> {
  if (value === undefined) return false;
  const key = await sessionKey(accessConfig()).catch((error: unknown) => {
    console.error(`Cannot check sessions: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  return key !== undefined && verifySession(key, value, Date.now()) && !(await isRevoked(value));
}
