"use client";

import dynamic from "next/dynamic";
import { Loading } from "@/components/ui/loading";

/** The Code tab's code (snippet builders for TypeScript, Python and curl) loads when the tab is opened. */
export const LazyAgentCodePanel = dynamic(() => import("./agent-code-panel").then((mod) => mod.AgentCodePanel), {
  loading: () => <Loading what="code" />,
});
