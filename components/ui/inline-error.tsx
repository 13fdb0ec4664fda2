import type { AppErrorBody } from "@/lib/errors";

export function InlineError({ error }: { error: AppErrorBody | null }) {
  if (!error) return null;
  return (
    <div
      role="alert"
      className="rounded border border-red-300 bg-red-50 p-2 text-xs text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
    >
      <p className="font-medium">{error.message}</p>
      <p>{error.hint}</p>
    </div>
  );
}
