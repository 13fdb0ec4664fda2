"use client";

import { useEffect, useRef } from "react";
import { leaving, usePresentation } from "./use-presentation";

/**
 * Mirrors `?present=1` onto <html data-present> (the CSS in globals.css does the rest), and keeps presentation
 * mode on when a link or a switch inside the ADE changes the URL: the new URL gets `?present=1` again.
 */
export function PresentationSync() {
  const { on, set } = usePresentation();
  const last = useRef(on);
  useEffect(() => {
    const wasOn = last.current;
    last.current = on;
    // The URL lost `?present=1` without the user turning it off (a link, a conversation switch): put it back.
    if (!on && wasOn && !leaving.current) {
      last.current = true;
      set(true);
      return;
    }
    leaving.current = false;
    if (on) document.documentElement.dataset.present = "1";
    else delete document.documentElement.dataset.present;
  }, [on, set]);
  return null;
}

/** Runs before the first paint (in <head>): a shared `?present=1` link opens in presentation mode without a flash. */
export const presentationScript = `try{if(new URLSearchParams(location.search).get("present")==="1")document.documentElement.dataset.present="1"}catch(e){}`;
