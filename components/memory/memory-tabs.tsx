"use client";

import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { MemoryBlock } from "@/lib/memory/types";
import { ArchivalMemory } from "./archival-memory";
import { ContextWindow } from "./context-window";
import { CoreMemory } from "./core-memory";
import { MemoryTimeline } from "./memory-timeline";
import { useDraftsHydrated } from "./use-drafts-hydrated";

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
