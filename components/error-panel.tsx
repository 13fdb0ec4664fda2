import type { AppErrorBody } from "@/lib/errors";

export function ErrorPanel({ title, error }: { title: string; error: AppErrorBody }) {
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm dark:border-red-900 dark:bg-red-950"
    >
      <p className="font-semibold text-red-800 dark:text-red-200">{title}</p>
      <p className="mt-1 text-red-800 dark:text-red-200">{error.message}</p>
      <p className="mt-1 text-red-700 dark:text-red-300">{error.hint}</p>
    </div>
  );
}
