import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** Validates a value with a zod schema; a failure is an AppError the handler can answer with. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const reason = result.error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ");
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
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) return error.toResponse();
  console.error(error);
  return new AppError("server_error", "The ADE failed to handle the request.", "Check the ADE's log.").toResponse();
}

/** Headers that keep proxies and compression from holding a stream back. */
export const streamHeaders = {
  "Content-Type": "application/x-ndjson; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  "X-Accel-Buffering": "no",
} as const;
