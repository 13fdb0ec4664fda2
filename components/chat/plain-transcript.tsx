"use client";

import { useLayoutEffect, useRef, type ReactNode, type RefObject } from "react";
import type { ChatRow } from "@/lib/chat/rows";

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

interface PlainTranscriptProps {
  rows: readonly ChatRow[];
  renderRow: (row: ChatRow) => ReactNode;
  /** Stands in for a list still loading: newest rows at the bottom, no scrolling, `aria-busy`. */
  standIn?: boolean;
}

/**
 * The rows without a virtualizer, following the bottom as the virtualized list does while the user stays there.
 * As a stand-in it shows the newest rows at the bottom and does not scroll: the list that replaces it starts
 * there too, and a position scrolled to meanwhile would be lost.
 */
export function PlainTranscript({ rows, renderRow, standIn = false }: PlainTranscriptProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !content.current) return;
    const follow = () => {
      if (atBottom.current) element.scrollTop = element.scrollHeight;
    };
    follow();
    const observer = new ResizeObserver(follow);
    observer.observe(content.current);
    return () => observer.disconnect();
  }, []);

  return (
    <TranscriptLog
      ref={scroller}
      busy={standIn}
      onScroll={(element) => {
        atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < nearBottom;
      }}
    >
      <div
        ref={content}
        className={`relative w-full ${standIn ? "flex h-full flex-col justify-end overflow-hidden" : ""}`}
      >
        {rows.map((row) => (
          <div key={row.key} className="flex w-full flex-col pb-3">
            {renderRow(row)}
          </div>
        ))}
      </div>
    </TranscriptLog>
  );
}
