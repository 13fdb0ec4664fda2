"use client";

import { useEffect, useState, type ReactNode } from "react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";

export interface AgentPanel {
  id: string;
  label: string;
  /** Shown in the tab instead of the label (e.g. the label with an unsaved-changes marker). */
  tabLabel?: ReactNode;
  content: ReactNode;
}

/** The agent pane's panels (settings, tools, sleep-time), one shown at a time. */
export function AgentPanels({ panels }: { panels: AgentPanel[] }) {
  const [active, setActive] = useState(panels[0]?.id ?? "");
  // A link to `#<panel id>…` (e.g. the chat's link to a sleep-time run) opens that panel.
  const ids = panels.map((panel) => panel.id).join(" ");
  useEffect(() => {
    const follow = () => {
      const target = ids.split(" ").find((id) => window.location.hash.startsWith(`#${id}`));
      if (target) setActive(target);
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [ids]);
  return (
    <Tabs value={active} onValueChange={setActive} className="space-y-3 text-sm">
      <TabsList aria-label="Agent panels">
        {panels.map((panel) => (
          <TabsTrigger key={panel.id} value={panel.id}>
            {panel.tabLabel ?? panel.label}
          </TabsTrigger>
        ))}
      </TabsList>
      {panels.map((panel) => (
        <TabsContent key={panel.id} value={panel.id} aria-label={panel.label}>
          {panel.content}
        </TabsContent>
      ))}
    </Tabs>
  );
}
