"use client";

import { useEffect, useState, type ReactNode } from "react";

export interface AgentPanel {
  id: string;
  label: string;
  /** Shown in the tab instead of the label (e.g. the label with an unsaved-changes marker). */
  tabLabel?: ReactNode;
  content: ReactNode;
}

/** The agent page's side panels (memory, settings, tools, sleep-time), one shown at a time. */
export function AgentPanels({ panels }: { panels: AgentPanel[] }) {
  const [active, setActive] = useState(panels[0]?.id ?? "");
  const current = panels.find((panel) => panel.id === active) ?? panels[0];
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
    <div className="space-y-3">
      <div
        role="tablist"
        aria-label="Agent panels"
        className="flex flex-wrap gap-1 border-b border-zinc-200 text-sm dark:border-zinc-800"
      >
        {panels.map((panel) => (
          <button
            key={panel.id}
            type="button"
            role="tab"
            aria-selected={panel.id === current?.id}
            onClick={() => setActive(panel.id)}
            className={`rounded-t px-2 py-1 ${panel.id === current?.id ? "border-b-2 border-zinc-900 font-semibold dark:border-zinc-100" : "text-zinc-600 dark:text-zinc-400"}`}
          >
            {panel.tabLabel ?? panel.label}
          </button>
        ))}
      </div>
      {current ? (
        <div role="tabpanel" aria-label={current.label}>
          {current.content}
        </div>
      ) : null}
    </div>
  );
}
