"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { usePresentation } from "./use-presentation";

/**
 * Mirrors `?present=1` onto <html data-present> (the CSS in globals.css does the rest), and keeps presentation
 * mode on when a link inside the ADE leads to another page: the new URL gets `?present=1` again.
 */
export function PresentationSync() {
  const { on, set } = usePresentation();
  const pathname = usePathname();
  const last = useRef({ on, pathname });
  useEffect(() => {
    const previous = last.current;
    last.current = { on, pathname };
    if (!on && previous.on && previous.pathname !== pathname) {
      last.current = { on: true, pathname };
      set(true);
      return;
    }
    if (on) document.documentElement.dataset.present = "1";
    else delete document.documentElement.dataset.present;
  }, [on, pathname, set]);
  return null;
}

/** Runs before the first paint (in <head>): a shared `?present=1` link opens in presentation mode without a flash. */
export const presentationScript = `try{if(new URLSearchParams(location.search).get("present")==="1")document.documentElement.dataset.present="1"}catch(e){}`;
