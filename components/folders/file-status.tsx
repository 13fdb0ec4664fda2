import type { FileStatus } from "@/lib/folders/types";

const labels: Record<FileStatus, string> = {
  pending: "Waiting",
  parsing: "Parsing",
  embedding: "Embedding",
  completed: "Completed",
  error: "Failed",
};

const colors: Record<FileStatus, string> = {
  pending: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
  parsing: "bg-blue-100 text-blue-800 dark:bg-blue-950 dark:text-blue-200",
  embedding: "bg-blue-100 text-blue-800 dark:bg-blue-950 dark:text-blue-200",
  completed: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  error: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
};

export function FileStatusBadge({ status }: { status: FileStatus }) {
  return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${colors[status]}`}>{labels[status]}</span>;
}
