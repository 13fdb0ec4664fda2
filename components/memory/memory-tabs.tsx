"use client";

import dynamic from "next/dynamic";
import { Loading } from "@/components/ui/loading";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { MemoryBlock } from "@/lib/memory/types";
import { CoreMemory } from "./core-memory";
import { useDraftsHydrated } from "./use-drafts-hydrated";

// Core memory shows first; the other views' code loads when their tab is opened.
const ArchivalMemory = dynamic(() => import("./archival-memory").then((mod) => mod.ArchivalMemory), {
  loading: () => <Loading what="archival memory" />,
});
const ContextWindow = dynamic(() => import("./context-window").then((mod) => mod.ContextWindow), {
  loading: () => <Loading what="the context window" />,
});
const MemoryTimeline = dynamic(() => import("./memory-timeline").then((mod) => mod.MemoryTimeline), {
  loading: () => <Loading what="the timeline" />,
});

/** The agent's memory views, one at a time. */
export function MemoryTabs({ agentId, initialBlocks }: { agentId: string; initialBlocks?: MemoryBlock[] }) {
  const hydrated = useDraftsHydrated();
  return (
    <Tabs defaultValue="core" className="space-y-3">
      <TabsList aria-label="Memory views" className="text-xs">
        <TabsTrigger value="core">Core memory</TabsTrigger>
        <TabsTrigger value="archival">Archival memory</TabsTrigger>
        <TabsTrigger value="context">Context window</TabsTrigger>
        <TabsTrigger value="timeline">Timeline</TabsTrigger>
      </TabsList>
      <TabsContent value="core" aria-label="Core memory">
        {hydrated ? (
          <CoreMemory agentId={agentId} initialBlocks={initialBlocks} />
        ) : (
          <p className="text-xs text-zinc-500">Loading drafts…</p>
        )}
      </TabsContent>
      <TabsContent value="archival" aria-label="Archival memory">
        <ArchivalMemory agentId={agentId} />
      </TabsContent>
      <TabsContent value="context" aria-label="Context window">
        <ContextWindow agentId={agentId} />
      </TabsContent>
      <TabsContent value="timeline" aria-label="Timeline">
        <MemoryTimeline agentId={agentId} />
      </TabsContent>
    </Tabs>
  );
}
