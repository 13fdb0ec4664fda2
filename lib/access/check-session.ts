import { accessConfig } from "./config";
import { isRevoked } from "./revoked";
import { verifySession } from "./session";
import { sessionKey } from "./session-key";

/** Whether a session cookie value is one this ADE signed, not expired and not logged out. */
export function isLiveSession(value: string | undefined): value is string {
  const key = sessionKey(accessConfig());
  return key !== undefined && value !== undefined && verifySession(key, value, Date.now()) && !isRevoked(value);
}
