import "server-only";
import { describeAllowlist, isAllowedUrl } from "@/lib/access/allowlist";
import { accessConfig } from "@/lib/access/config";
import { AppError } from "@/lib/errors";
import { LETTA_CLOUD_URL } from "./types";

interface Target {
  kind: string;
  baseUrl: string;
  readOnly: boolean;
}

/**
 * Whether the ADE's server may fetch a connection's URL under ADE_CONNECTION_ALLOWLIST. The environment's
 * connection (set by whoever runs the ADE) and Letta Cloud's fixed URL are always allowed.
 */
export function isAllowedConnection(target: Target): boolean {
  if (target.readOnly || (target.kind === "cloud" && target.baseUrl === LETTA_CLOUD_URL)) return true;
  return isAllowedUrl(target.baseUrl, accessConfig().allowlist);
}

export function assertAllowedConnection(target: Target): void {
  if (isAllowedConnection(target)) return;
  const allowlist = accessConfig().allowlist ?? [];
  let host = target.baseUrl;
  try {
    host = new URL(target.baseUrl).host;
  } catch {
    // keep the text as typed
  }
  throw new AppError(
    "forbidden",
    `This ADE only connects to ${describeAllowlist(allowlist)}; ${host} is not on its allowlist.`,
    "Use a listed server, or ask whoever runs the ADE to add the host to ADE_CONNECTION_ALLOWLIST.",
  );
}
