"use client";

import { useState, type ComponentType } from "react";

/**
 * A popup (menu, popover) whose code loads on first use: until then its trigger is a plain button of the same
 * look. `preload` (on hover or focus) fetches the code early; `open` (on press) fetches it and hands over to
 * the loaded component, which shows the popup open with its own trigger.
 */
export function useLazyPopup<Props>(load: () => Promise<ComponentType<Props>>) {
  const [component, setComponent] = useState<ComponentType<Props> | null>(null);
  return {
    Loaded: component,
    preload: () => void load(),
    open: () => void load().then((loaded) => setComponent(() => loaded)),
  };
}
