"use client";

import type { ReactNode, RefObject } from "react";

interface TranscriptLogProps {
  ref: RefObject<HTMLDivElement | null>;
  onScroll: (element: HTMLDivElement) => void;
  /** A stand-in for a list still loading: `aria-busy`, and it does not scroll. */
  busy?: boolean;
  children: ReactNode;
  /** Shown over the log (the way back to the newest message). */
  overlay?: ReactNode;
}

/** The transcript's scrolling frame, the same with or without the virtualizer: a log that announces new rows. */
export function TranscriptLog({ ref, onScroll, busy = false, children, overlay }: TranscriptLogProps) {
  return (
    <div className="relative flex min-h-48 flex-1 flex-col">
      <div
        ref={ref}
        role="log"
        aria-label="Conversation"
        aria-live="polite"
        aria-busy={busy || undefined}
        onScroll={(event) => onScroll(event.currentTarget)}
        className="min-h-0 flex-1 overflow-y-auto rounded-lg border border-zinc-200 bg-zinc-100/50 p-4 [overflow-anchor:none] dark:border-zinc-800 dark:bg-zinc-900/50"
        style={busy ? { overflowY: "hidden" } : undefined}
      >
        {children}
      </div>
      {overlay}
    </div>
  );
}

/** How close to the bottom (px) still counts as at the bottom, where the list follows new rows. */
export const nearBottom = 48;
