import { AppError, type AppErrorBody } from "@/lib/errors";

export const linkClass = "text-blue-700 underline underline-offset-2 dark:text-blue-300";
export const sectionClass = "space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800";
export const tableClass = "w-full border-collapse text-left text-sm";
export const cellClass = "border-b border-zinc-200 px-2 py-1.5 align-top dark:border-zinc-800";
export const mutedText = "text-zinc-600 dark:text-zinc-400";

/** A mutation's error as the error panel shows it. */
export function errorBody(error: Error): AppErrorBody {
  return error instanceof AppError
    ? error.toJSON()
    : { code: "server_error", message: error.message, hint: "Try again." };
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${Math.round(value * 1000) / 10}%`;
}

export function formatMs(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return value < 1000 ? `${value} ms` : `${(value / 1000).toFixed(1)} s`;
}
