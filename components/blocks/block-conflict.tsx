"use client";

import { lazy, Suspense, type ComponentProps } from "react";

const BlockConflictView = lazy(() => import("./block-conflict-view").then((mod) => ({ default: mod.BlockConflict })));

/** The conflict view with its diff (block-conflict-view.tsx) loads only when a save meets a changed block. */
export function BlockConflict(props: ComponentProps<typeof BlockConflictView>) {
  return (
    <Suspense fallback={<p className="text-xs text-zinc-600 dark:text-zinc-400">Comparing versions…</p>}>
      <BlockConflictView {...props} />
    </Suspense>
  );
}
