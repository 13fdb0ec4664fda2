"use client";

import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { unwrap } from "@/lib/actions/result";
import { runAgentToolAction } from "@/lib/tools/actions";
import { RunResult } from "./tool-runner";
import { useToolRun } from "./use-tool-run";
import { Button } from "@/components/ui/button";

/** Runs an attached tool's saved code on this agent (a memory tool changes the agent's memory). */
export function RunAgentTool({ agentId, toolName }: { agentId: string; toolName: string }) {
  const { argsText, setArgsText, argsError, run, submit } = useToolRun(async (args) =>
    unwrap(runAgentToolAction({ agentId, toolName, args })),
  );
  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-zinc-600 dark:text-zinc-400">Run on this agent</summary>
      <div className="mt-1 space-y-1">
        <label className="block">
          Arguments (JSON) for {toolName}
          <textarea
            rows={2}
            value={argsText}
            onChange={(event) => setArgsText(event.target.value)}
            className="w-full rounded border border-zinc-300 bg-white px-2 py-1 font-mono dark:border-zinc-700 dark:bg-zinc-950"
          />
        </label>
        {argsError ? (
          <p role="alert" className="text-red-700 dark:text-red-400">
            {argsError}
          </p>
        ) : null}
        <Button variant="secondary" size="sm" onClick={submit} disabled={run.isPending}>
          {run.isPending ? "Running…" : `Run ${toolName}`}
        </Button>
        <InlineError error={run.error ? toErrorBody(run.error) : null} />
        {run.data ? <RunResult result={run.data} /> : null}
      </div>
    </details>
  );
}
