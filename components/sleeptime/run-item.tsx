"use client";

import type { SleeptimeRunView } from "@/lib/sleeptime/types";
import { DiffText } from "@/components/memory/diff-text";
import { runAnchor } from "@/lib/sleeptime/queries";
import { statusStyles } from "./run-status";

function time(iso: string): string {
  return new Date(iso).toLocaleString();
}

/** One run of the sleep-time agent: when, why, what it called and what it changed. */
export function RunItem({ run, open }: { run: SleeptimeRunView; open: boolean }) {
  const { trigger, detail } = run;
  const changed = detail.edits.filter((edit) => edit.applied);
  return (
    <li
      id={runAnchor(run.id)}
      aria-label={`Sleep-time run ${run.id}`}
      className="scroll-mt-4 rounded border border-zinc-200 p-2 dark:border-zinc-800"
    >
      <details open={open}>
        <summary className="cursor-pointer">
          <span className={`rounded px-1.5 text-[10px] uppercase ${statusStyles[run.status]}`}>{run.status}</span>{" "}
          <time dateTime={run.createdAt}>{time(run.createdAt)}</time>
          {" · "}
          {changed.length > 0
            ? `changed ${[...new Set(changed.map((edit) => edit.label))].join(", ")}`
            : "no block changed"}
        </summary>
        <div className="mt-2 space-y-2">
          <p className="break-all font-mono text-zinc-500">{run.id}</p>
          {run.completedAt ? (
            <p className="text-zinc-500">
              Finished {time(run.completedAt)}
              {run.stopReason ? ` (${run.stopReason})` : ""}
            </p>
          ) : null}
          <div>
            <h4 className="font-medium">Started by</h4>
            {trigger ? (
              <p>
                The main agent&apos;s turn of <time dateTime={trigger.at}>{time(trigger.at)}</time>
                {trigger.userText !== null ? (
                  <>
                    : “<span className="whitespace-pre-wrap">{trigger.userText}</span>”
                  </>
                ) : null}
                <span className="block text-zinc-500">
                  {trigger.match === "exact"
                    ? "Letta records no link between the runs: matched by timing (started as that turn finished) and confirmed by the transcript the sleep-time agent received."
                    : "Approximate: Letta records no link between the runs, so this is the main agent's latest turn before the run started."}
                </span>
              </p>
            ) : (
              <p className="text-zinc-500">
                No turn of the main agent found before this run (its runs may have been deleted).
              </p>
            )}
          </div>
          <div>
            <h4 className="font-medium">Tool calls</h4>
            {detail.toolCalls.length === 0 ? <p className="text-zinc-500">None yet.</p> : null}
            <ol className="list-decimal space-y-1 pl-5">
              {detail.toolCalls.map((call) => (
                <li key={call.id}>
                  <span className="font-mono">{call.name}</span>{" "}
                  <span className="text-zinc-500">{call.status ?? "no result yet"}</span>
                  <pre className="whitespace-pre-wrap break-words font-mono text-zinc-600 dark:text-zinc-400">
                    {call.arguments}
                  </pre>
                  {call.status === "error" && call.result ? (
                    <p className="text-red-700 dark:text-red-400">{call.result}</p>
                  ) : null}
                </li>
              ))}
            </ol>
          </div>
          <div>
            <h4 className="font-medium">Blocks changed</h4>
            {detail.edits.length === 0 ? <p className="text-zinc-500">No memory edits.</p> : null}
            {detail.edits.map((edit) => (
              <figure key={edit.toolCallId} aria-label={`Change to ${edit.label}`} className="space-y-1">
                <figcaption>
                  <span className="font-mono font-semibold">{edit.label}</span> ·{" "}
                  <span className="font-mono">{edit.tool}</span> · {edit.applied ? "applied" : "not applied"}
                </figcaption>
                {edit.before !== null && edit.after !== null ? (
                  <DiffText parts={edit.diff} label={`Difference in ${edit.label}`} className="max-h-48" />
                ) : null}
                {edit.before === null && edit.after !== null ? (
                  <>
                    <p className="text-zinc-500">
                      The value before this edit cannot be worked out from the call; the new value:
                    </p>
                    <pre className="whitespace-pre-wrap break-words rounded bg-zinc-50 p-2 font-mono dark:bg-zinc-950">
                      {edit.after}
                    </pre>
                  </>
                ) : null}
              </figure>
            ))}
          </div>
          {detail.transcript !== null ? (
            <details>
              <summary className="cursor-pointer text-zinc-600 dark:text-zinc-400">
                Transcript the sleep-time agent received
              </summary>
              <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap break-words rounded bg-zinc-50 p-2 font-mono dark:bg-zinc-950">
                {detail.transcript}
              </pre>
            </details>
          ) : null}
        </div>
      </details>
    </li>
  );
}
