"use client";

import { useLazyPopup } from "@/components/ui/use-lazy-popup";
import { Button } from "@/components/ui/button";

export const switcherTriggerClass =
  "flex shrink-0 items-center gap-1 whitespace-nowrap rounded-md border border-zinc-300 px-2 py-1 text-sm hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-blue-500 dark:border-zinc-700 dark:hover:bg-zinc-800";

/** The trigger's text: what it does, whole (the bar gives it its room). */
export function SwitcherLabel() {
  return (
    <>
      <span>Switch agent</span>
      <span aria-hidden="true" className="text-xs text-zinc-500">
        ▾
      </span>
    </>
  );
}

const loadPopover = () => import("./agent-switcher-popover").then((mod) => mod.AgentSwitcherPopover);

/**
 * The top bar's agent switcher: the recent agents, and a search of the server's agents by name. Its popover's
 * code (Radix, the search) loads when it is first opened.
 */
export function AgentSwitcher() {
  const popup = useLazyPopup(loadPopover);
  const Popover = popup.Loaded;
  if (Popover) return <Popover />;
  return (
    <Button
      variant="secondary"
      aria-haspopup="dialog"
      aria-expanded={false}
      onPointerEnter={popup.preload}
      onFocus={popup.preload}
      onClick={popup.open}
      className="flex shrink-0 items-center gap-1 whitespace-nowrap"
    >
      <SwitcherLabel />
    </Button>
  );
}
