"use client";

import { useState } from "react";
import type { MemoryBlock } from "@/lib/memory/types";
import { ArchivalMemory } from "./archival-memory";
import { ContextWindow } from "./context-window";
import { CoreMemory } from "./core-memory";
import { useDraftsHydrated } from "./use-drafts-hydrated";

const tabs = [
  { id: "core", label: "Core memory" },
  { id: "archival", label: "Archival memory" },
  { id: "context", label: "Context window" },
] as const;

type TabId = (typeof tabs)[number]["id"];

/** The agent's memory views, one at a time. */
export function MemoryTabs({ agentId, initialBlocks }: { agentId: string; initialBlocks?: MemoryBlock[] }) {
  const [tab, setTab] = useState<TabId>("core");
  const hydrated = useDraftsHydrated();
  return (
    <section aria-label="Memory" className="space-y-3">
      <div
        role="tablist"
        aria-label="Memory views"
        className="flex gap-1 border-b border-zinc-200 text-xs dark:border-zinc-800"
      >
        {tabs.map((item) => (
          <button
            key={item.id}
            type="button"
            role="tab"
            aria-selected={tab === item.id}
            onClick={() => setTab(item.id)}
            className={`rounded-t px-2 py-1 ${tab === item.id ? "border-b-2 border-zinc-900 font-semibold dark:border-zinc-100" : "text-zinc-600 dark:text-zinc-400"}`}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={tabs.find((item) => item.id === tab)?.label}>
        {tab === "core" ? (
          hydrated ? (
            <CoreMemory agentId={agentId} initialBlocks={initialBlocks} />
          ) : (
            <p className="text-xs text-zinc-500">Loading drafts…</p>
          )
        ) : null}
        {tab === "archival" ? <ArchivalMemory agentId={agentId} /> : null}
        {tab === "context" ? <ContextWindow agentId={agentId} /> : null}
      </div>
    </section>
  );
}
