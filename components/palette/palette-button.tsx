"use client";

import { useSyncExternalStore } from "react";
import { formatCombo } from "@/components/shortcuts/keys";
import { usePaletteStore } from "./palette-store";
import { Button } from "@/components/ui/button";

const subscribe = () => () => undefined;

/** The top bar's way into the command palette, showing its keys for this system. */
export function PaletteButton() {
  const setOpen = usePaletteStore((state) => state.setPaletteOpen);
  const open = usePaletteStore((state) => state.paletteOpen);
  const keys = useSyncExternalStore(
    subscribe,
    () => formatCombo("mod+k"),
    () => "Ctrl+K",
  );
  return (
    <Button
      variant="secondary"
      size="sm"
      onClick={() => setOpen(true)}
      aria-keyshortcuts="Control+K Meta+K"
      aria-haspopup="dialog"
      aria-expanded={open}
      title="Command palette: agents, pages and actions"
      className="whitespace-nowrap font-sans"
    >
      <span className="sr-only">Command palette </span>
      {keys}
    </Button>
  );
}
