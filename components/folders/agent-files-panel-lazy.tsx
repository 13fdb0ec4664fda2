"use client";

import dynamic from "next/dynamic";
import { Loading } from "@/components/ui/loading";

/** The Files tab's code (folders, open files) loads when the tab is opened. */
export const LazyAgentFilesPanel = dynamic(() => import("./agent-files-panel").then((mod) => mod.AgentFilesPanel), {
  loading: () => <Loading what="files" />,
});
