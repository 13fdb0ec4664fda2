import { AppError, type AppErrorBody } from "@/lib/errors";

/**
 * What every server action returns. Errors travel as data: Next.js hides a thrown error's message in
 * production builds, so a refusal from Letta must be returned to reach the form with its reason.
 */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: AppErrorBody };

/** For `useMutation` and other callers that want a throw: the data, or the AppError the action returned. */
export function unwrap<T>(result: ActionResult<T>): T {
  if (result.ok) return result.data;
  throw new AppError(result.error.code, result.error.message, result.error.hint);
}
