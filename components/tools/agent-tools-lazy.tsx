"use client";

import { lazy, Suspense, type ComponentProps } from "react";

const AgentTools = lazy(() => import("./agent-tools").then((mod) => ({ default: mod.AgentTools })));

/** The agent's tools panel code (rules, runner, editors) loads when its tab or pane is opened. */
export function LazyAgentTools(props: ComponentProps<typeof AgentTools>) {
  return (
    <Suspense fallback={<p className="text-xs text-zinc-500">Loading tools…</p>}>
      <AgentTools {...props} />
    </Suspense>
  );
}
