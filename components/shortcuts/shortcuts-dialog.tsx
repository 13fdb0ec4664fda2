"use client";

import { lazy, Suspense, useState } from "react";
import { usePaletteStore } from "@/components/palette/palette-store";
import { useCommand } from "./registry";

const ShortcutsTableDialog = lazy(() =>
  import("./shortcuts-table-dialog").then((mod) => ({ default: mod.ShortcutsTableDialog })),
);

/** `?`: every keyboard shortcut that works on this page, from the registry (the dialog loads on first use). */
export function ShortcutsDialog() {
  const open = usePaletteStore((state) => state.shortcutsOpen);
  const setOpen = usePaletteStore((state) => state.setShortcutsOpen);
  const [used, setUsed] = useState(false);
  if (open && !used) setUsed(true);
  useCommand({
    id: "shortcuts.show",
    title: "Keyboard shortcuts",
    group: "General",
    keys: "?",
    keywords: ["help", "keys"],
    run: () => setOpen(true),
  });
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <ShortcutsTableDialog open={open} setOpen={setOpen} />
    </Suspense>
  );
}
