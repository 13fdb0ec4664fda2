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
      className="flex items-center gap-2 whitespace-nowrap rounded border border-zinc-300 px-2 py-1 text-xs text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800"
    >
      Commands
      <kbd className="rounded border border-zinc-300 px-1 font-sans text-[10px] dark:border-zinc-600">{keys}</kbd>
    </button>
  );
}
