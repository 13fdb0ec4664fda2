import type { ConnectionCheck } from "@/lib/connections/types";
import { Button } from "@/components/ui/button";

/** The outcome of a connection check, in words; offers the corrected URL when there is one. */
export function CheckResult({ check, onUseUrl }: { check: ConnectionCheck; onUseUrl?: (url: string) => void }) {
  if (check.ok) {
    return (
      <p
        role="status"
        className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
      >
        Connected to Letta {check.version} at {check.baseUrl}.
      </p>
    );
  }
  const { problem } = check;
  return (
    <div
      role="alert"
      className="space-y-1 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-medium">{problem.message}</p>
      <p>{problem.hint}</p>
      {check.version ? <p className="text-xs">Server version: Letta {check.version}</p> : null}
      {problem.suggestedUrl && onUseUrl ? (
        <Button variant="secondary" size="sm" onClick={() => onUseUrl(problem.suggestedUrl ?? "")}>
          Use {problem.suggestedUrl}
        </Button>
      ) : null}
    </div>
  );
}
