import { createHash } from "node:crypto";

/** A connection's key for its block snapshots: its id hashed, as the data folder named its snapshot folders. */
export function connectionKey(connectionId: string): string {
  return createHash("sha256").update(connectionId).digest("hex").slice(0, 24);
}
