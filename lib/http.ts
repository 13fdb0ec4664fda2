import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** Validates a value with a zod schema; a failure is an AppError the handler can answer with. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const reason = result.error.issues
      .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
      .join("; ");
    throw new AppError("invalid_input", reason, "Correct the input and try again.");
  }
  return result.data;
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON.", "Send a JSON body.");
  }
}

/** Answers an AppError as JSON; anything else is logged and answered as a generic failure. */
function errorResponse(error: unknown): Response {
  if (error instanceof AppError) return error.toResponse();
  console.error(error);
  return new AppError("server_error", "The ADE failed to handle the request.", "Check the ADE's log.").toResponse();
}

/**
 * The one reader of an upload's body: its bytes, refused with `tooLarge(bytes)` as soon as it grows past
 * maxBytes (or declares it will), so a too-large upload is never held in memory.
 */
export async function readLimitedBytes(
  request: Request,
  maxBytes: number,
  tooLarge: (bytes: number) => AppError,
): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(declared);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(total);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Headers that keep proxies and compression from holding a stream back. */
export const streamHeaders = {
  "Content-Type": "application/x-ndjson; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  "X-Accel-Buffering": "no",
} as const;

/**
 * Refuses a state-changing request that another site's page made the browser send (a cross-site form
 * can post a body that parses as JSON). Browsers say where a request comes from in Sec-Fetch-Site (older
 * ones only in Origin); clients that send neither (scripts, tests) are not browsers being tricked.
 */
export function assertSameOrigin(request: { headers: Headers }): void {
  const site = request.headers.get("sec-fetch-site");
  if (site) {
    if (site === "same-origin" || site === "none") return;
    throw crossSite();
  }
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (hostOf(origin) !== host) throw crossSite();
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

function crossSite(): AppError {
  return new AppError(
    "forbidden",
    "This request came from another site and was refused.",
    "Use the ADE's own pages to make this change.",
  );
}

/**
 * The one try/catch of every route handler: whatever the handler throws is answered as the project's
 * error body (`errorResponse`), so a handler is only its work.
 */
export function route<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response> | Response,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
