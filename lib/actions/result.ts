import { AppError, appErrorIn, type AppErrorBody } from "@/lib/errors";

/**
 * What every server action returns. Errors travel as data: Next.js hides a thrown error's message in
 * production builds, so a refusal from Letta must be returned to reach the form with its reason.
 */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: AppErrorBody };

/**
 * For `useMutation` and other callers that want a throw: the data, or the AppError the action returned.
 * Takes the action's promise (`unwrap(fooAction(input))`) so that a call the access check refused before
 * the action ran (proxy.ts answers its error body as text/plain, which Next.js throws as the message)
 * becomes the same AppError, with the server's words.
 */
export async function unwrap<T>(call: Promise<ActionResult<T>>): Promise<T> {
  let result: ActionResult<T>;
  try {
    result = await call;
  } catch (error) {
    throw refusalOf(error) ?? error;
  }
  if (result.ok) return result.data;
  throw new AppError(result.error.code, result.error.message, result.error.hint);
}

function refusalOf(error: unknown): AppError | undefined {
  if (!(error instanceof Error)) return undefined;
  try {
    return appErrorIn(JSON.parse(error.message));
  } catch {
    return undefined;
  }
}
