"use client";

import { useMemo } from "react";
import { DiffText } from "@/components/memory/diff-text";
import { diffSummary, diffTexts } from "@/lib/memory/diff";

/** A's text against B's: what only A has struck through, what only B has underlined (the memory diff). */
export function TextDiffView({ a, b, label }: { a: string; b: string; label: string }) {
  const parts = useMemo(() => diffTexts(a, b), [a, b]);
  const { added, removed } = diffSummary(parts);
  return (
    <figure className="space-y-1">
      <figcaption className="text-xs text-zinc-600 dark:text-zinc-400">
        From A to B: {removed} characters only in A (struck through), {added} only in B (highlighted)
      </figcaption>
      {/* Scrolls when long: focusable, so the keyboard can scroll it too. */}
      <div
        role="group"
        aria-label={`${label}, scrollable`}
        tabIndex={0}
        className="max-h-72 overflow-auto rounded focus-visible:outline-2 focus-visible:outline-blue-500"
      >
        <DiffText parts={parts} label={label} className="text-xs" />
      </div>
    </figure>
  );
}
