"use client";

import { useSyncExternalStore } from "react";
import { formatCombo } from "@/components/shortcuts/keys";
import { usePaletteStore } from "./palette-store";

const subscribe = () => () => undefined;

/** The top bar's way into the command palette, showing its keys for this system. */
export function PaletteButton() {
  const setOpen = usePaletteStore((state) => state.setPaletteOpen);
  const keys = useSyncExternalStore(
    subscribe,
    () => formatCombo("mod+k"),
    () => "Ctrl+K",
  );
  return (
    <button
      type="button"
      onClick={() => setOpen(true)}
      aria-keyshortcuts="Control+K Meta+K"
      title="Command palette: agents, pages and actions"
      className="whitespace-nowrap rounded border border-zinc-300 px-2 py-1 font-sans text-xs text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800"
    >
      <span className="sr-only">Command palette </span>
      {keys}
    </button>
  );
}
