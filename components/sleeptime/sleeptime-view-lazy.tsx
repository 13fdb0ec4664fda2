"use client";

import { lazy, Suspense, type ComponentProps } from "react";

const SleeptimeView = lazy(() => import("./sleeptime-view").then((mod) => ({ default: mod.SleeptimeView })));

/** The sleep-time panel's code loads when its tab or pane is opened. */
export function LazySleeptimeView(props: ComponentProps<typeof SleeptimeView>) {
  return (
    <Suspense fallback={<p className="text-sm text-zinc-500">Loading sleep-time…</p>}>
      <SleeptimeView {...props} />
    </Suspense>
  );
}
