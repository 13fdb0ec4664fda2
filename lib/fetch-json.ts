import { AppError, isAppErrorBody } from "@/lib/errors";

/** Browser-side JSON fetch against the ADE's own routes; failures become AppErrors with the server's words. */
export async function fetchJson<T>(input: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(input, init);
  } catch (error) {
    throw new AppError("unreachable", "The ADE server cannot be reached.", "Check that the ADE is still running.", {
      cause: error,
    });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = typeof body === "object" && body !== null ? (body as { error?: unknown }).error : undefined;
    if (isAppErrorBody(error)) throw new AppError(error.code, error.message, error.hint);
    throw new AppError("server_error", `The ADE answered ${response.status}.`, "Try again.");
  }
  return body as T;
}
