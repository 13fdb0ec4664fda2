"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { unwrap } from "@/lib/actions/result";
import { parseRunArgs } from "@/lib/tools/run-args";
import { runAgentToolAction } from "@/lib/tools/actions";
import { RunResult } from "./tool-runner";

/** Runs an attached tool's saved code on this agent (a memory tool changes the agent's memory). */
export function RunAgentTool({ agentId, toolName }: { agentId: string; toolName: string }) {
  const [argsText, setArgsText] = useState("{}");
  const [argsError, setArgsError] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: async (args: Record<string, unknown>) => unwrap(runAgentToolAction({ agentId, toolName, args })),
  });
  const submit = () => {
    const parsed = parseRunArgs(argsText);
    if ("error" in parsed) return setArgsError(parsed.error);
    setArgsError(null);
    run.mutate(parsed.args);
  };
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
        <button
          type="button"
          onClick={submit}
          disabled={run.isPending}
          className="rounded border border-zinc-300 px-2 py-1 dark:border-zinc-700"
        >
          {run.isPending ? "Running…" : `Run ${toolName}`}
        </button>
        <InlineError error={run.error ? toErrorBody(run.error) : null} />
        {run.data ? <RunResult result={run.data} /> : null}
      </div>
    </details>
  );
}
