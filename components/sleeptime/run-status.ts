import type { RunStatus } from "@/lib/sleeptime/types";

export function isActive(status: RunStatus): boolean {
  return status === "created" || status === "running";
}

export const statusStyles: Record<RunStatus, string> = {
  created: "bg-blue-100 text-blue-800 dark:bg-blue-950 dark:text-blue-200",
  running: "bg-blue-100 text-blue-800 dark:bg-blue-950 dark:text-blue-200",
  completed: "bg-green-100 text-green-800 dark:bg-green-950 dark:text-green-200",
  failed: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
  cancelled: "bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200",
};
