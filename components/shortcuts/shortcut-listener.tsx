"use client";

import { useEffect } from "react";
import { isTyping, matches } from "./keys";
import { useCommandRegistry } from "./registry";

/** An open modal dialog (Radix marks its dialogs with data-state). */
const MODAL =
  '[role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"], [role="dialog"][data-state="open"]';

/** A modal dialog other than the one the keys came from owns the keyboard (it handles Esc itself). */
function insideOtherModal(target: EventTarget | null): boolean {
  const modal = document.querySelector(MODAL);
  return modal !== null && !(target instanceof Node && modal.contains(target));
}

/** Runs the registered command whose keys match a key press: one listener for the whole ADE. */
export function ShortcutListener() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const typing = isTyping(event.target);
      const modal = document.querySelector(MODAL) !== null;
      for (const command of Object.values(useCommandRegistry.getState().commands)) {
        if (!command.keys || !matches(command.keys, event)) continue;
        if (typing && !command.inFields) continue;
        if (command.when && !command.when()) continue;
        // With a dialog open only the palette's own toggle works; the dialog handles the rest.
        if (modal && command.keys !== "mod+k") continue;
        if (insideOtherModal(event.target) && command.keys !== "mod+k") continue;
        event.preventDefault();
        command.run();
        return;
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
  return null;
}
