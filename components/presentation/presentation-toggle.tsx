"use client";

import { usePresentation } from "./use-presentation";

/** The top bar's switch for presentation mode: a toggle button, pressed while the mode is on. */
export function PresentationToggle() {
  const { on, toggle } = usePresentation();
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={toggle}
      title="Larger type; ids, server addresses and editing controls hidden (kept in the URL)"
      className={`rounded border px-2 py-1 text-xs ${on ? "border-blue-600 bg-blue-600 text-white" : "border-zinc-300 text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800"}`}
    >
      Present
    </button>
  );
}
