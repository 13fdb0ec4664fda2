"use client";

import type { ReactNode } from "react";
import { Tooltip } from "@/components/ui/tooltip";
import { Button } from "@/components/ui/button";

interface WorkspacePaneProps {
  /** The pane's name: its region's accessible name and its heading. */
  label: string;
  /** Collapse/expand, for a side pane; left out for the chat, which never collapses. */
  collapse?: { collapsed: boolean; toggle: () => void; side: "left" | "right" };
  /** The content fills the pane and scrolls inside itself (the chat); otherwise the pane scrolls. */
  fill?: boolean;
  children: ReactNode;
}

/** One pane of the agent workspace: a named region with a slim title bar; a collapsed pane is a strip with its name. */
export function WorkspacePane({ label, collapse, fill = false, children }: WorkspacePaneProps) {
  if (collapse?.collapsed) {
    return (
      <section
        aria-label={label}
        className="flex h-full flex-col items-center border-zinc-200 py-2 dark:border-zinc-800"
      >
        <Button
          variant="ghost"
          size="sm"
          aria-expanded={false}
          aria-label={`Expand ${label} pane`}
          onClick={collapse.toggle}
          className="flex flex-col items-center gap-2"
        >
          <span aria-hidden="true">{collapse.side === "left" ? "»" : "«"}</span>
          <span aria-hidden="true" className="[writing-mode:vertical-rl]">
            {label}
          </span>
        </Button>
      </section>
    );
  }
  return (
    <section aria-label={label} className="flex h-full min-h-0 flex-col">
      <div className="flex h-8 shrink-0 items-center gap-2 border-b border-zinc-200 px-3 dark:border-zinc-800">
        <h2 className="text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{label}</h2>
        {collapse ? (
          <Tooltip content={`Collapse the ${label} pane`}>
            <Button
              variant="ghost"
              aria-expanded={true}
              aria-label={`Collapse ${label} pane`}
              onClick={collapse.toggle}
              className="ml-auto"
            >
              <span aria-hidden="true">{collapse.side === "left" ? "«" : "»"}</span>
            </Button>
          </Tooltip>
        ) : null}
      </div>
      {/* A sticky save bar (settings) covers the pane's foot: fields scrolled into view stop above it. */}
      <div
        className={`min-h-0 flex-1 p-3 has-[[data-save-bar]]:scroll-pb-24 ${fill ? "flex flex-col overflow-hidden" : "overflow-y-auto"}`}
      >
        {children}
      </div>
    </section>
  );
}
