"use client";

import { useState, type ReactNode } from "react";
import { Group, Panel, Separator, useDefaultLayout, usePanelRef } from "react-resizable-panels";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { WIDE_WORKSPACE_QUERY, WORKSPACE_GROUP_ID, workspacePanes, type WorkspacePaneId } from "@/lib/workspace/layout";
import { cookieLayoutStorage } from "./cookie-storage";
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

/** Pixels a collapsed side pane keeps: a strip with its name and an expand button. */
const COLLAPSED = 40;

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
      {wide ? <WidePanes savedLayout={savedLayout} content={content} /> : <PaneTabs content={content} />}
    </div>
  );
}

function WidePanes({
  savedLayout,
  content,
}: {
  savedLayout: string | undefined;
  content: Record<WorkspacePaneId, ReactNode>;
}) {
  const [storage] = useState(() => cookieLayoutStorage(savedLayout));
  const layout = useDefaultLayout({ id: WORKSPACE_GROUP_ID, storage });
  const agentPanel = usePanelRef();
  const memoryPanel = usePanelRef();
  const [collapsed, setCollapsed] = useState({ agent: false, memory: false });
  const toggle = (pane: "agent" | "memory") => {
    const panel = (pane === "agent" ? agentPanel : memoryPanel).current;
    if (!panel) return;
    if (panel.isCollapsed()) panel.expand();
    else panel.collapse();
  };
  const track = (pane: "agent" | "memory") => (size: { inPixels: number }) =>
    setCollapsed((current) => {
      const now = size.inPixels <= COLLAPSED + 1;
      return current[pane] === now ? current : { ...current, [pane]: now };
    });
  const separatorClass =
    "w-1 shrink-0 bg-zinc-200 outline-none transition-colors hover:bg-blue-400 focus-visible:bg-blue-500 data-[separator=active]:bg-blue-500 dark:bg-zinc-800";
  return (
    <Group
      id={WORKSPACE_GROUP_ID}
      defaultLayout={layout.defaultLayout}
      onLayoutChanged={layout.onLayoutChanged}
      className="min-h-0 flex-1"
    >
      <Panel
        id="agent"
        panelRef={agentPanel}
        defaultSize="24%"
        minSize={260}
        collapsible
        collapsedSize={COLLAPSED}
        onResize={track("agent")}
      >
        <WorkspacePane
          label="Agent"
          collapse={{ collapsed: collapsed.agent, toggle: () => toggle("agent"), side: "left" }}
        >
          {collapsed.agent ? null : content.agent}
        </WorkspacePane>
      </Panel>
      <Separator aria-label="Resize the Agent pane" className={separatorClass} />
      <Panel id="chat" minSize={360}>
        <WorkspacePane label="Chat" fill>
          {content.chat}
        </WorkspacePane>
      </Panel>
      <Separator aria-label="Resize the Memory pane" className={separatorClass} />
      <Panel
        id="memory"
        panelRef={memoryPanel}
        defaultSize="30%"
        minSize={280}
        collapsible
        collapsedSize={COLLAPSED}
        onResize={track("memory")}
      >
        <WorkspacePane
          label="Memory"
          collapse={{ collapsed: collapsed.memory, toggle: () => toggle("memory"), side: "right" }}
        >
          {collapsed.memory ? null : content.memory}
        </WorkspacePane>
      </Panel>
    </Group>
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
