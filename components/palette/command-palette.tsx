"use client";

import { lazy, Suspense, useState } from "react";
import { useCommand } from "@/components/shortcuts/registry";
import { usePaletteStore } from "./palette-store";

const PaletteDialog = lazy(() => import("./palette-dialog").then((mod) => ({ default: mod.PaletteDialog })));

/**
 * Ctrl+K / ⌘K: go to any agent (searched on the server by name) or page, or run a registered action. The
 * shortcut is registered at once; the dialog's code (cmdk, Radix dialog) loads the first time it opens.
 */
export function CommandPalette() {
  const open = usePaletteStore((state) => state.paletteOpen);
  const setOpen = usePaletteStore((state) => state.setPaletteOpen);
  const [used, setUsed] = useState(false);
  if (open && !used) setUsed(true);
  useCommand({
    id: "palette.open",
    title: "Command palette",
    group: "General",
    keys: "mod+k",
    keysOnly: true,
    inFields: true,
    run: () => setOpen(!usePaletteStore.getState().paletteOpen),
  });
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <PaletteDialog open={open} setOpen={setOpen} />
    </Suspense>
  );
}
