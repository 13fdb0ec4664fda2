import { AppError, appErrorIn } from "@/lib/errors";

/**
 * The URL of one of the ADE's own read routes, `/api/<segments>`: every segment (ids included) is
 * encoded; query values that are null, undefined or "" are left out, arrays repeat their name.
 */
export function apiUrl(
  segments: readonly string[],
  query: Record<string, string | readonly string[] | null | undefined> = {},
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const item of typeof value === "string" ? [value] : (value ?? [])) if (item !== "") params.append(name, item);
  }
  const search = params.toString();
  return `/api/${segments.map(encodeURIComponent).join("/")}${search ? `?${search}` : ""}`;
}

/** The one error parser for the ADE's own routes: their `{ error }` body, or a generic error for the status. */
export function responseError(status: number, body: unknown): AppError {
  return appErrorIn(body) ?? new AppError("server_error", `The ADE answered ${status}.`, "Try again.");
}

/** The error a failed answer of the ADE's own routes carries (`responseError` of its JSON body). */
export async function errorOfResponse(response: Response): Promise<AppError> {
  return responseError(response.status, await response.json().catch(() => undefined));
}

/** The error for a request that never got an answer. */
export function unreachableError(cause?: unknown): AppError {
  return new AppError("unreachable", "The ADE server cannot be reached.", "Check that the ADE is still running.", {
    cause,
  });
}

/** Browser-side JSON fetch against the ADE's own routes; failures become AppErrors with the server's words. */
export async function fetchJson<T>(input: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(input, init);
  } catch (error) {
    throw unreachableError(error);
  }
  if (!response.ok) throw await errorOfResponse(response);
  return (await response.json().catch(() => undefined)) as T;
}
