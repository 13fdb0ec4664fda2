"use client";

import { useState, type ReactNode } from "react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { WIDE_WORKSPACE_QUERY, workspacePanes, type WorkspacePaneId } from "@/lib/workspace/layout";
import { SplitPanes } from "./split-panes";
import { useMediaQuery } from "./use-media-query";
import { WorkspacePane } from "./workspace-pane";

interface AgentWorkspaceProps {
  /** The saved pane sizes (the layout cookie, already checked), so the server renders them. */
  savedLayout: string | undefined;
  /** The agent's name and actions, above the panes. */
  header: ReactNode;
  /** Notices about the whole agent (e.g. a sleep-time change), under the header. */
  notices?: ReactNode;
  agent: ReactNode;
  chat: ReactNode;
  memory: ReactNode;
}

/**
 * The agent page as a workspace filling the window: agent settings, tools and sleep-time on the left, the chat in
 * the middle, memory on the right. The side panes resize by dragging (or with the arrow keys on a separator),
 * collapse, and keep their sizes per browser; under 1024 px the panes become tabs.
 */
export function AgentWorkspace({ savedLayout, header, notices, agent, chat, memory }: AgentWorkspaceProps) {
  const wide = useMediaQuery(WIDE_WORKSPACE_QUERY, true);
  const content: Record<WorkspacePaneId, ReactNode> = { agent, chat, memory };
  return (
    // The window's height less the top bar (3rem and its 1px border).
    <div data-workspace className="flex h-[calc(100dvh-3rem-1px)] min-h-0 flex-col">
      <div className="shrink-0 space-y-2 border-b border-zinc-200 px-4 py-2 dark:border-zinc-800">
        {header}
        {notices}
      </div>
      {wide ? <SplitPanes savedLayout={savedLayout} content={content} /> : <PaneTabs content={content} />}
    </div>
  );
}

function PaneTabs({ content }: { content: Record<WorkspacePaneId, ReactNode> }) {
  const [active, setActive] = useState<string>("chat");
  const ordered = ["chat", "agent", "memory"].flatMap((id) => workspacePanes.filter((pane) => pane.id === id));
  return (
    <Tabs value={active} onValueChange={setActive} className="flex min-h-0 flex-1 flex-col">
      <TabsList aria-label="Workspace panes" className="px-2">
        {ordered.map((pane) => (
          <TabsTrigger key={pane.id} value={pane.id}>
            {pane.label}
          </TabsTrigger>
        ))}
      </TabsList>
      {ordered.map((pane) => (
        // Every pane stays mounted, so a half-typed message or draft survives switching tabs.
        <TabsContent key={pane.id} value={pane.id} forceMount className="min-h-0 flex-1 data-[state=inactive]:hidden">
          <WorkspacePane label={pane.label} fill={pane.id === "chat"}>
            {content[pane.id]}
          </WorkspacePane>
        </TabsContent>
      ))}
    </Tabs>
  );
}
