"use client";

import { lazy, Suspense, type ComponentProps } from "react";

const BlockChangeDiffView = lazy(() =>
  import("./block-change-diff-view").then((mod) => ({ default: mod.BlockChangeDiff })),
);

/** A block change's diff (block-change-diff-view.tsx, with the diff library) loads when a history is opened. */
export function BlockChangeDiff(props: ComponentProps<typeof BlockChangeDiffView>) {
  return (
    <Suspense fallback={<p className="text-zinc-600 dark:text-zinc-400">Loading the difference…</p>}>
      <BlockChangeDiffView {...props} />
    </Suspense>
  );
}
