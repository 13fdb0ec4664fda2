"use client";

import { CodeEditor } from "@/components/code-editor";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { unwrap } from "@/lib/actions/result";
import type { PipRequirement } from "@/lib/tools/pip";
import { runToolSourceAction } from "@/lib/tools/actions";
import type { ToolRunResult } from "@/lib/tools/types";
import { useToolRun } from "./use-tool-run";
import { Button } from "@/components/ui/button";

/** Runs the editor's source (saved or not) in the server's sandbox with JSON arguments; invalid JSON never leaves the browser. */
export function ToolRunner({ sourceCode, pipRequirements }: { sourceCode: string; pipRequirements: PipRequirement[] }) {
  const { argsText, setArgsText, argsError, run, submit } = useToolRun(async (args) =>
    unwrap(runToolSourceAction({ sourceCode, pipRequirements, args })),
  );

  return (
    <section aria-label="Run the tool" className="space-y-2 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
      <h3 className="text-sm font-semibold">Run</h3>
      <CodeEditor
        label="Arguments (JSON)"
        language="json"
        value={argsText}
        onChange={setArgsText}
        minHeight="4rem"
        maxHeight="12rem"
      />
      {argsError ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {argsError}
        </p>
      ) : null}
      <Button variant="secondary" onClick={submit} disabled={run.isPending}>
        {run.isPending ? "Running…" : "Run tool"}
      </Button>
      <InlineError error={run.error ? toErrorBody(run.error) : null} />
      {run.data ? <RunResult result={run.data} /> : null}
    </section>
  );
}

export function RunResult({ result }: { result: ToolRunResult }) {
  const failed = result.status === "error";
  return (
    <div
      role="group"
      aria-label="Run result"
      className={`space-y-1 rounded border p-2 text-xs ${failed ? "border-red-300 bg-red-50 dark:border-red-900 dark:bg-red-950" : "border-emerald-200 bg-emerald-50 dark:border-emerald-900 dark:bg-emerald-950"}`}
    >
      <p className="font-medium">{failed ? "The tool failed" : "The tool succeeded"}</p>
      <Output label="Result" text={result.result} />
      <Output label="stdout" text={result.stdout.join("")} />
      <Output label="stderr" text={result.stderr.join("")} />
    </div>
  );
}

function Output({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <p className="text-zinc-500">{label}</p>
      <pre aria-label={label} className="overflow-x-auto whitespace-pre-wrap break-words font-mono">
        {text || "(empty)"}
      </pre>
    </div>
  );
}
