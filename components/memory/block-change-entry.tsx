"use client";

import { authorName, type BlockChange } from "@/lib/memory/changes";
import { BlockChangeDiff } from "./block-change-diff";

function time(at: string) {
  return <time dateTime={at}>{new Date(at).toLocaleString()}</time>;
}

/** One change of a block: when, by whom, through which tool call or run, what it did, and its diff. */
export function BlockChangeEntry({ change }: { change: BlockChange }) {
  const unattributed = change.author.kind === "unknown";
  return (
    <article
      aria-label={`Change of ${change.label}`}
      className={`space-y-1 rounded border p-1.5 ${unattributed ? "border-amber-400 dark:border-amber-700" : "border-zinc-200 dark:border-zinc-800"}`}
    >
      <p className="text-zinc-500">
        {change.window ? (
          <>
            between {time(change.window.from)} and {time(change.window.to)}
          </>
        ) : (
          time(change.at)
        )}{" "}
        ·{" "}
        <span className="font-medium text-zinc-800 dark:text-zinc-200">
          {unattributed ? authorName(change.author) : `by ${authorName(change.author)}`}
        </span>
        {change.tool ? (
          <>
            {" "}
            · <span className="font-mono">{change.tool}</span>
          </>
        ) : null}{" "}
        · {change.outcome}
      </p>
      {change.toolCallId || change.runId ? (
        <p className="break-all text-zinc-500">
          {change.toolCallId ? (
            <>
              tool call <span className="font-mono">{change.toolCallId}</span>
            </>
          ) : null}
          {change.toolCallId && change.runId ? " · " : null}
          {change.runId ? (
            <>
              run <span className="font-mono">{change.runId}</span>
            </>
          ) : null}
        </p>
      ) : null}
      <p className="whitespace-pre-wrap break-words">{change.summary}</p>
      <BlockChangeDiff change={change} />
      {change.notes.length > 0 ? (
        <ul className="list-disc pl-4 text-zinc-500">
          {change.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
