import { AppError } from "@/lib/errors";
import type { StoreTarget } from "./config";

/** The reason a database call failed, in words a person can act on (no password: the label never has one). */
export function storeFailure(target: Pick<StoreTarget, "label">, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const reason = error instanceof Error ? error.message : String(error);
  const hint =
    code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT" || code === "57P01" || code === "57P03"
      ? "Start that database (or fix ADE_DATABASE_URL); the ADE reconnects by itself."
      : "Check that database; the ADE retries on the next request.";
  return new AppError("unreachable", `The ADE's store (${target.label}) failed: ${redact(reason)}`, hint, {
    cause: error,
  });
}

/** Drops anything that looks like a password from a driver's message. */
function redact(message: string): string {
  return message.replace(/(postgres(?:ql)?:\/\/[^:/@\s]*):[^@\s]*@/g, "$1:***@");
}
