"use client";

import { lazy, Suspense, type ComponentProps } from "react";

const TextDiffView = lazy(() => import("./text-diff-view").then((mod) => ({ default: mod.TextDiffView })));

/** The diff view (with the diff library) loads when a text differs. */
export function TextDiff(props: ComponentProps<typeof TextDiffView>) {
  return (
    <Suspense fallback={<p className="text-xs text-zinc-600 dark:text-zinc-400">Loading the difference…</p>}>
      <TextDiffView {...props} />
    </Suspense>
  );
}
