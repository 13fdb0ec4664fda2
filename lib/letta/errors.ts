import { APIConnectionError, APIError, APIUserAbortError } from "@letta-ai/letta-client";
import { AppError } from "@/lib/errors";

const CONNECT_HINT =
  "Start the Letta server (the local stack: `npm run stack:up`), or choose another connection on the Connections page.";

/** Pulls a person-readable reason out of a Letta (FastAPI) error body. */
export function serverReason(body: unknown): string | undefined {
  if (typeof body === "string") return body.trim() || undefined;
  if (typeof body !== "object" || body === null) return undefined;
  const record = body as Record<string, unknown>;
  const detail = record.detail ?? record.message ?? record.error;
  if (typeof detail === "string") return detail.trim() || undefined;
  if (Array.isArray(detail)) {
    const parts = detail.flatMap((item) => {
      if (typeof item !== "object" || item === null) return [];
      const entry = item as Record<string, unknown>;
      if (typeof entry.msg !== "string") return [];
      const location = Array.isArray(entry.loc) ? entry.loc.filter((p) => p !== "body").join(".") : "";
      return [location ? `${location}: ${entry.msg}` : entry.msg];
    });
    return parts.length > 0 ? parts.join("; ") : undefined;
  }
  if (typeof detail === "object" && detail !== null) return serverReason(detail);
  return undefined;
}

/** Maps anything thrown while talking to Letta to the one error shape the app shows. */
export function toAppError(error: unknown, context: { baseUrl?: string } = {}): AppError {
  if (error instanceof AppError) return error;
  const where = context.baseUrl ? ` at ${context.baseUrl}` : "";

  if (error instanceof APIUserAbortError) {
    return new AppError("aborted", "The request was cancelled.", "Send it again if you still need it.", {
      cause: error,
    });
  }
  if (error instanceof APIConnectionError) {
    return new AppError("unreachable", `The Letta server${where} cannot be reached.`, CONNECT_HINT, {
      cause: error,
    });
  }
  if (error instanceof APIError) {
    const reason = serverReason(error.error) ?? undefined;
    switch (error.status) {
      case 401:
        return new AppError(
          "unauthorized",
          `The Letta server${where} refused the credentials.`,
          "Edit the connection's password or API key on the Connections page (for the default connection: LETTA_API_KEY).",
          { cause: error },
        );
      case 403:
        return new AppError(
          "forbidden",
          reason ?? "The Letta server does not allow this action for these credentials.",
          "Check the API key's permissions and the project id (LETTA_PROJECT_ID).",
          { cause: error },
        );
      case 404:
        return new AppError(
          "not_found",
          reason ?? "Letta could not find what was asked for.",
          "It may have been deleted; reload to see the current state.",
          {
            cause: error,
          },
        );
      case 400:
      case 415:
      case 422:
        return new AppError("invalid_input", reason ?? "Letta refused the input.", "Correct the input and try again.", {
          cause: error,
        });
      case 409:
        return new AppError(
          "conflict",
          reason ?? "This conflicts with the server's current state.",
          "Reload and try again.",
          {
            cause: error,
          },
        );
      case 429:
        return new AppError(
          "rate_limited",
          reason ?? "The Letta server is rate limiting requests.",
          "Wait a moment and try again.",
          {
            cause: error,
          },
        );
      default:
        return new AppError(
          "server_error",
          reason
            ? `The Letta server reported an error: ${reason}`
            : `The Letta server${where} failed to handle the request.`,
          "Try again; if it keeps failing, check the Letta server's log (`npm run stack:status` shows where it is).",
          { cause: error },
        );
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return new AppError(
    "server_error",
    `Unexpected error while talking to Letta: ${message}`,
    "Try again, and check the ADE's log.",
    {
      cause: error,
    },
  );
}

/**
 * An error while reading a reply stream. Letta's own error events (an APIError without a connection
 * failure) keep their reason; anything else means the connection broke, which usually means the server
 * stopped, and says so.
 */
export function toStreamError(error: unknown, context: { baseUrl?: string } = {}): AppError {
  const appError = toAppError(error, context);
  if (appError.code === "aborted" || (error instanceof APIError && !(error instanceof APIConnectionError)))
    return appError;
  const where = context.baseUrl ? ` at ${context.baseUrl}` : "";
  return new AppError(
    "unreachable",
    `The connection to the Letta server${where} broke in the middle of the reply. What arrived before is kept.`,
    `${CONNECT_HINT} Then send the message again.`,
    { cause: error },
  );
}

/** The turn's stream ended without Letta saying why it stopped: the server went away mid-reply. */
export function streamCutShort(context: { baseUrl?: string } = {}): AppError {
  const where = context.baseUrl ? ` at ${context.baseUrl}` : "";
  return new AppError(
    "unreachable",
    `The Letta server${where} closed the reply before the turn finished (it may have stopped). What arrived before is kept.`,
    `${CONNECT_HINT} Then send the message again.`,
  );
}
