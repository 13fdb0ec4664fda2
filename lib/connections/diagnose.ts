import { APIConnectionTimeoutError, APIError, APIUserAbortError } from "@letta-ai/letta-client";
import { isVersionAtLeast, MIN_SERVER_VERSION } from "@/lib/letta/version";
import { describeOldLetta, OLDEST_V1_LINE } from "./server-kind";
import { CORS_NOTE, type ConnectionKind, type ConnectionProblem } from "./types";

export interface DiagnoseContext {
  baseUrl: string;
  kind: ConnectionKind;
  hasSecret: boolean;
  /** Which request failed: the unauthenticated health probe, or the authenticated call after it. */
  step: "health" | "auth";
}

const SELF_SIGNED = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
]);
const WRONG_HOST = new Set(["ERR_TLS_CERT_ALTNAME_INVALID", "HOSTNAME_MISMATCH"]);
const EXPIRED = new Set(["CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID"]);
const NOT_TLS = new Set(["ERR_SSL_WRONG_VERSION_NUMBER", "ERR_SSL_PACKET_LENGTH_TOO_LONG"]);
const DNS = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "EAI_FAIL"]);
const TIMEOUTS = new Set(["ETIMEDOUT", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "ABORT_ERR"]);

/** Every `code` along an error's cause chain (and inside AggregateErrors), outermost first. */
export function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (depth > 8 || typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    const record = value as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof record.code === "string") codes.push(record.code);
    visit(record.cause, depth + 1);
    if (Array.isArray(record.errors)) for (const inner of record.errors) visit(inner, depth + 1);
  };
  visit(error, 0);
  return codes;
}

function causeMessages(error: unknown): string[] {
  const messages: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth += 1) {
    messages.push(current.message);
    current = current.cause;
  }
  return messages;
}

/** The URL without a path the ADE adds itself (`/v1`, `/v1/health`…) or, failing that, without any path. */
export function suggestBaseUrl(baseUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return undefined;
  }
  const path = url.pathname.replace(/\/+$/, "");
  if (path === "") return undefined;
  const apiAt = path.search(/\/(v1|latest)(\/|$)/);
  return `${url.origin}${apiAt >= 0 ? path.slice(0, apiAt) : ""}`;
}

function describeHost(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    return url.port ? `${url.hostname} port ${url.port}` : url.hostname;
  } catch {
    return baseUrl;
  }
}

function connectionProblem(error: unknown, context: DiagnoseContext): ConnectionProblem {
  const codes = errorCodes(error);
  const has = (set: Set<string>) =>
    codes.some((code) => set.has(code) || (set === NOT_TLS && code.startsWith("ERR_SSL_")));
  const host = describeHost(context.baseUrl);

  if (has(SELF_SIGNED)) {
    return {
      kind: "tls",
      message: `The server's TLS certificate is self-signed or issued by an authority the ADE does not trust (${codes.find((code) => SELF_SIGNED.has(code))}).`,
      hint: "Use a certificate from a public authority, or start the ADE with NODE_EXTRA_CA_CERTS pointing at your CA certificate.",
    };
  }
  if (has(WRONG_HOST)) {
    return {
      kind: "tls",
      message: `The server's TLS certificate was issued for another host name than ${new URL(context.baseUrl).hostname}.`,
      hint: "Use the host name the certificate names, or fix the certificate.",
    };
  }
  if (has(EXPIRED)) {
    return {
      kind: "tls",
      message: "The server's TLS certificate has expired or is not valid yet.",
      hint: "Renew the server's certificate.",
    };
  }
  if (has(NOT_TLS)) {
    const suggestedUrl = context.baseUrl.startsWith("https://")
      ? context.baseUrl.replace(/^https:/, "http:")
      : undefined;
    return {
      kind: "tls",
      message: "The server did not answer with TLS: it probably speaks plain HTTP on this port.",
      hint: suggestedUrl ? `Try ${suggestedUrl}.` : "Check the URL's scheme and port.",
      ...(suggestedUrl ? { suggestedUrl } : {}),
    };
  }
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError || has(TIMEOUTS)) {
    return {
      kind: "timeout",
      message: `${host} did not answer in time.`,
      hint: `Check that the server is running and that a firewall lets the ADE's server reach it. ${CORS_NOTE}`,
    };
  }
  if (has(DNS)) {
    return {
      kind: "unreachable",
      message: `The host name ${new URL(context.baseUrl).hostname} could not be found (DNS).`,
      hint: "Check the spelling of the host name, and that the ADE's machine can resolve it.",
    };
  }
  if (causeMessages(error).includes("bad port")) {
    return {
      kind: "unreachable",
      message: `Port ${new URL(context.baseUrl).port} is on the list of ports web clients refuse to use (it belongs to another protocol).`,
      hint: "Run Letta on another port, such as its default 8283.",
    };
  }
  if (codes.includes("ECONNREFUSED")) {
    return {
      kind: "unreachable",
      message: `Nothing accepts connections at ${host} (connection refused).`,
      hint: `Start the Letta server, or check the port. ${CORS_NOTE}`,
    };
  }
  if (codes.includes("EHOSTUNREACH") || codes.includes("ENETUNREACH")) {
    return {
      kind: "unreachable",
      message: `There is no network route to ${host}.`,
      hint: "Check the address and the network between the ADE and the server.",
    };
  }
  if (codes.includes("ECONNRESET") || codes.includes("UND_ERR_SOCKET")) {
    return {
      kind: "unreachable",
      message: `${host} closed the connection without answering.`,
      hint: "Check the scheme (http or https) and port, and any proxy in front of the server.",
    };
  }
  return {
    kind: "unreachable",
    message: `The server at ${context.baseUrl} cannot be reached${codes[0] ? ` (${codes[0]})` : ""}.`,
    hint: `Check the URL and that the server is running. ${CORS_NOTE}`,
  };
}

function statusProblem(error: APIError, context: DiagnoseContext): ConnectionProblem {
  const cloud = context.kind === "cloud";
  switch (error.status) {
    case 401:
      if (!context.hasSecret) {
        return {
          kind: "unauthorized",
          message: cloud ? "Letta Cloud needs an API key." : "This server is secured and needs a password.",
          hint: cloud
            ? "Create an API key in Letta Cloud and enter it."
            : "Enter the server's password (LETTA_SERVER_PASSWORD).",
        };
      }
      return {
        kind: "unauthorized",
        message: cloud ? "Letta Cloud refused the API key (401)." : "The server refused the password (401).",
        hint: cloud
          ? "Check the API key: it may have been revoked or mistyped."
          : "Enter the server's LETTA_SERVER_PASSWORD exactly.",
      };
    case 403:
      return {
        kind: "forbidden",
        message: "The server accepted the credentials but does not allow access (403).",
        hint: cloud ? "Check the project id and the API key's permissions." : "Check the credentials' permissions.",
      };
    case 404: {
      const suggestedUrl = suggestBaseUrl(context.baseUrl);
      if (suggestedUrl) {
        return {
          kind: "wrong_path",
          message: `No Letta API under ${context.baseUrl}: the path looks wrong (the ADE adds /v1/… itself).`,
          hint: `Use ${suggestedUrl} instead.`,
          suggestedUrl,
        };
      }
      return {
        kind: "not_letta",
        message: `${context.baseUrl} answers, but not with Letta's API (its health endpoint is missing).`,
        hint: "Check that this is a Letta server and that the URL includes any path prefix a reverse proxy puts it under.",
      };
    }
    default:
      if (error.status !== undefined && error.status >= 500) {
        return {
          kind: "server_error",
          message: `The server failed while answering (${error.status}).`,
          hint: "Check the Letta server's log; it may still be starting up.",
        };
      }
      return {
        kind: "server_error",
        message: `The server answered with an unexpected status${error.status ? ` (${error.status})` : ""}.`,
        hint: "Check that the URL points at a Letta server.",
      };
  }
}

/** Explains in words why reaching a Letta server failed. Pure: maps the thrown error to a problem. */
export function diagnoseError(error: unknown, context: DiagnoseContext): ConnectionProblem {
  if (error instanceof APIError && error.status !== undefined) return statusProblem(error, context);
  return connectionProblem(error, context);
}

/** Explains what is wrong with a health answer, or undefined when the server is usable. */
export function diagnoseHealth(
  health: unknown,
  context: Pick<DiagnoseContext, "baseUrl">,
): ConnectionProblem | undefined {
  const version = typeof health === "object" && health !== null ? (health as { version?: unknown }).version : undefined;
  if (typeof version !== "string" || version.trim() === "") {
    const suggestedUrl = suggestBaseUrl(context.baseUrl);
    return {
      kind: suggestedUrl ? "wrong_path" : "not_letta",
      message: `${context.baseUrl} answered, but not like a Letta server (no version in its health answer).`,
      hint: suggestedUrl ? `Use ${suggestedUrl} instead.` : "Check that the URL points at a Letta server.",
      ...(suggestedUrl ? { suggestedUrl } : {}),
    };
  }
  if (!isVersionAtLeast(version, OLDEST_V1_LINE)) return describeOldLetta(version);
  if (!isVersionAtLeast(version)) {
    return {
      kind: "outdated",
      message: `This server runs Letta ${version}; the ADE needs ${MIN_SERVER_VERSION} or newer.`,
      hint: `Upgrade the server to Letta ${MIN_SERVER_VERSION} or newer (0.16.8 is the latest self-hosted release).`,
    };
  }
  return undefined;
}
