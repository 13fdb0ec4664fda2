import { AppError, type AppErrorBody } from "@/lib/errors";

export function toErrorBody(error: Error): AppErrorBody {
  return error instanceof AppError ? error.toJSON() : { code: "server_error", message: error.message, hint: "Try again." };
}
