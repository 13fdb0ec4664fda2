"use client";

import { create } from "zustand";

/** Whether the command palette and the shortcuts dialog are open (UI state only). */
interface PaletteState {
  paletteOpen: boolean;
  shortcutsOpen: boolean;
  setPaletteOpen: (open: boolean) => void;
  setShortcutsOpen: (open: boolean) => void;
}

export const usePaletteStore = create<PaletteState>((set) => ({
  paletteOpen: false,
  shortcutsOpen: false,
  setPaletteOpen: (paletteOpen) => set({ paletteOpen, ...(paletteOpen ? { shortcutsOpen: false } : {}) }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen, ...(shortcutsOpen ? { paletteOpen: false } : {}) }),
}));
