const appErrorCodes = [
  "unreachable",
  "unauthorized",
  "forbidden",
  "not_found",
  "invalid_input",
  "conflict",
  "rate_limited",
  "server_error",
  "aborted",
] as const;

export type AppErrorCode = (typeof appErrorCodes)[number];

const statusByCode: Record<AppErrorCode, number> = {
  unreachable: 502,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  rate_limited: 429,
  server_error: 502,
  aborted: 499,
};

/** What the browser may see of an error: never a stack, a URL with credentials or a key. */
export interface AppErrorBody {
  code: AppErrorCode;
  message: string;
  hint: string;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly hint: string;

  constructor(code: AppErrorCode, message: string, hint: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AppError";
    this.code = code;
    this.hint = hint;
  }

  get status(): number {
    return statusByCode[this.code];
  }

  toJSON(): AppErrorBody {
    return { code: this.code, message: this.message, hint: this.hint };
  }

  toResponse(): Response {
    return Response.json({ error: this.toJSON() }, { status: this.status });
  }
}

function isAppErrorBody(value: unknown): value is AppErrorBody {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.code === "string" &&
    (appErrorCodes as readonly string[]).includes(candidate.code) &&
    typeof candidate.message === "string" &&
    typeof candidate.hint === "string"
  );
}

/** The AppError an ADE error answer (`{ error: AppErrorBody }`) carries, if the body is one. */
export function appErrorIn(body: unknown): AppError | undefined {
  const error = typeof body === "object" && body !== null ? (body as { error?: unknown }).error : undefined;
  return isAppErrorBody(error) ? new AppError(error.code, error.message, error.hint) : undefined;
}

/**
 * The error body to show for anything a browser-side call threw; `otherwise` is what to say about a
 * throw that is not the ADE's own error (a failed connection, mostly).
 */
export function toErrorBody(error: unknown, otherwise?: AppErrorBody): AppErrorBody {
  if (error instanceof AppError) return error.toJSON();
  if (isAppErrorBody(error)) return { code: error.code, message: error.message, hint: error.hint };
  if (otherwise) return otherwise;
  return { code: "server_error", message: error instanceof Error ? error.message : String(error), hint: "Try again." };
}
