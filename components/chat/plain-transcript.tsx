"use client";

import { useLayoutEffect, useRef, type ReactNode } from "react";
import type { ChatRow } from "@/lib/chat/rows";
import { nearBottom, TranscriptLog } from "./transcript-log";

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
