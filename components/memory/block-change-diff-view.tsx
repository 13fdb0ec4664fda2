"use client";

import { useMemo } from "react";
import type { BlockChange } from "@/lib/memory/changes";
import { diffSummary, diffTexts } from "@/lib/memory/diff";
import { DiffText } from "./diff-text";

/**
 * One block change's before and after as an inline diff, or, where they are not both known, what is
 * known and why not the rest. Standalone: the memory timeline and the sleep-time activity panel use it.
 */
export function BlockChangeDiff({ change }: { change: BlockChange }) {
  const { before, after } = change;
  const parts = useMemo(() => (before !== null && after !== null ? diffTexts(before, after) : null), [before, after]);
  if (change.outcome === "failed") {
    return (
      <p className="text-red-700 dark:text-red-400">
        Failed, the block was not changed{change.error ? `: ${change.error}` : "."}
      </p>
    );
  }
  if (change.outcome === "unknown")
    return (
      <p className="text-zinc-500">No result was recorded for this call, so its effect on the block is not known.</p>
    );
  if (parts && before !== null && after !== null) {
    const { added, removed } = diffSummary(parts);
    return (
      <figure className="space-y-1">
        <figcaption className="text-zinc-600 dark:text-zinc-400">
          {before === after ? "The value did not change." : `${removed} characters removed, ${added} added`}
          {change.beforeBasis === "last-known" ? " (compared with the value the ADE last knew)" : null}
        </figcaption>
        <DiffText parts={parts} className="max-h-48" />
        <details>
          <summary className="cursor-pointer text-zinc-500">Full values</summary>
          <Value title={change.beforeBasis === "last-known" ? "Last known value before" : "Before"} text={before} />
          <Value title="After" text={after} />
        </details>
      </figure>
    );
  }
  return (
    <div className="space-y-1">
      {after !== null ? (
        <>
          <p className="text-zinc-600 dark:text-zinc-400">
            The value before is not known exactly, so no diff is shown.
          </p>
          <Value title="After" text={after} />
        </>
      ) : (
        <p className="text-zinc-600 dark:text-zinc-400">
          The value after this change is not known exactly, so no diff is shown.
        </p>
      )}
    </div>
  );
}

function Value({ title, text }: { title: string; text: string }) {
  return (
    <figure>
      <figcaption className="text-zinc-500">{title}</figcaption>
      <pre
        aria-label={title}
        className="max-h-40 overflow-auto whitespace-pre-wrap break-words rounded bg-white p-2 font-mono dark:bg-zinc-900"
      >
        {text}
      </pre>
    </figure>
  );
}
