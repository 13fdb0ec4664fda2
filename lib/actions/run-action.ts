import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import type { ActionResult } from "./result";

/**
 * The body of every server action: validate the input with the form's zod schema, do the work through
 * `lib/letta`, and return the result or the error body (never throw across the action boundary).
 * Access (session, demo mode, origin) is checked before any action runs, in `proxy.ts`.
 */
export async function runAction<Schema extends z.ZodType, T>(
  schema: Schema,
  input: unknown,
  work: (parsed: z.output<Schema>) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work(parseInput(schema, input)) };
  } catch (error) {
    // A redirect or notFound() from the work is Next.js control flow, not a failure.
    unstable_rethrow(error);
    if (error instanceof AppError) return { ok: false, error: error.toJSON() };
    console.error(error);
    return {
      ok: false,
      error: { code: "server_error", message: "The ADE failed to handle the request.", hint: "Check the ADE's log." },
    };
  }
}
