"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { TranscriptListProps } from "./transcript-list";
import { nearBottom, TranscriptLog } from "./transcript-log";
import { sharedRowProps, TranscriptRow } from "./transcript-row";
import { Button } from "@/components/ui/button";

const HIGHLIGHT_MS = 5_000;

/**
 * Whether the list is still at its bottom, measured against the content as it is now or as it was at the
 * last look (`previousHeight`): rows added below since then leave a reader at the bottom there.
 */
function wasNearBottom(element: HTMLElement, previousHeight: number): boolean {
  const fromBottom = (height: number) => height - element.scrollTop - element.clientHeight;
  return fromBottom(element.scrollHeight) < nearBottom || fromBottom(previousHeight) < nearBottom;
}

/**
 * The transcript as a virtualized list with rows of any height, loaded once there are messages to show. It
 * follows the newest row while the user stays at the bottom, and loads an older page when the top row comes
 * into view, keeping what the user was reading in place.
 */
export function VirtualTranscript(props: TranscriptListProps) {
  "use no memo"; // the virtualizer mutates itself between renders, which memoization cannot follow
  const { rows, hasOlder, loadingOlder, onLoadOlder, followSignal, turn = null } = props;
  const shared = sharedRowProps(props);
  const newestKey = rows.at(-1)?.key ?? null;
  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  // The content height, newest row and follow signal when the list last followed the bottom or was scrolled.
  const lastLook = useRef({ height: 0, newestKey: null as string | null, followSignal });
  const ready = useRef(false);
  const firstKey = useRef<string | undefined>(undefined);
  // The newest row when the user scrolled away from the bottom: rows after it are news for them.
  const [leftBottomAt, setLeftBottomAt] = useState<string | null>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 72,
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 6,
  });
  const totalSize = virtualizer.getTotalSize();
  const virtualRows = virtualizer.getVirtualItems();

  // Rows added above (an older page): shift the scroll position by their height so the view stays put.
  useLayoutEffect(() => {
    const previous = firstKey.current;
    const firstRealKey = rows[1]?.key;
    firstKey.current = firstRealKey;
    const element = scroller.current;
    if (!element || !previous || previous === firstRealKey) return;
    const added = rows.findIndex((row) => row.key === previous);
    if (added <= 1) return;
    const start = virtualizer.measurementsCache[added]?.start;
    const top = virtualizer.measurementsCache[1]?.start;
    if (start !== undefined && top !== undefined) element.scrollTop += start - top;
  }, [rows, virtualizer]);

  // Follows the bottom. `atBottom` is only updated by scroll events, which the browser sends a frame after
  // the scroll; a render in between (a row measured, a message arrived) must not pull a reader who has just
  // scrolled up back down, so the position is checked against the content height of the last look.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const previous = lastLook.current;
    if (previous.followSignal !== followSignal) {
      atBottom.current = true;
      setLeftBottomAt(null);
    } else if (atBottom.current && !wasNearBottom(element, previous.height)) {
      atBottom.current = false;
      setLeftBottomAt(previous.newestKey);
    }
    if (atBottom.current) {
      element.scrollTop = element.scrollHeight;
      if (rows.length > 1) ready.current = true;
    }
    lastLook.current = { height: element.scrollHeight, newestKey, followSignal };
  }, [totalSize, rows.length, followSignal, newestKey]);

  // A turn the address points at: leave the bottom, bring its first row to the top, highlight and focus it.
  const shownTurn = useRef<string | null>(null);
  const focusTurn = useRef(false);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const turnRunId = turn?.runId ?? null;
  const turnFirst = turn?.first ?? -1;
  useLayoutEffect(() => {
    if (turnRunId === null) {
      shownTurn.current = null;
      return;
    }
    if (shownTurn.current === turnRunId) return;
    shownTurn.current = turnRunId;
    atBottom.current = false;
    setLeftBottomAt(null);
    focusTurn.current = true;
    setHighlighted(turnRunId);
    virtualizer.scrollToIndex(turnFirst, { align: "start" });
  }, [turnRunId, turnFirst, virtualizer]);
  useEffect(() => {
    if (highlighted === null) return;
    const timer = window.setTimeout(() => setHighlighted(null), HIGHLIGHT_MS);
    return () => window.clearTimeout(timer);
  }, [highlighted]);
  // Focus moves once the first row is rendered (it may take a frame for the list to get there).
  useEffect(() => {
    if (!focusTurn.current) return;
    const first = scroller.current?.querySelector<HTMLElement>("[data-turn-first]");
    if (!first) return;
    focusTurn.current = false;
    first.focus({ preventScroll: true });
  });
  const highlightKeys = turn && highlighted === turn.runId ? turn.keys : null;

  const firstVisible = virtualRows[0]?.index;
  useEffect(() => {
    if (ready.current && firstVisible === 0 && hasOlder && !loadingOlder && !atBottom.current) onLoadOlder();
  }, [firstVisible, hasOlder, loadingOlder, onLoadOlder]);

  const jumpToNewest = () => {
    const element = scroller.current;
    if (!element) return;
    atBottom.current = true;
    setLeftBottomAt(null);
    element.scrollTop = element.scrollHeight;
  };

  return (
    <TranscriptLog
      ref={scroller}
      onScroll={(element) => {
        const wasAtBottom = atBottom.current;
        atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < nearBottom;
        lastLook.current = { ...lastLook.current, height: element.scrollHeight };
        if (wasAtBottom !== atBottom.current) setLeftBottomAt(atBottom.current ? null : newestKey);
      }}
      overlay={
        leftBottomAt !== null && newestKey !== leftBottomAt ? (
          <Button variant="primary" size="sm" onClick={jumpToNewest} className="absolute bottom-3 left-1/2">
            New messages below
          </Button>
        ) : null
      }
    >
      <div className="relative w-full" style={{ height: totalSize }}>
        {virtualRows.map((virtual) => {
          const row = rows[virtual.index];
          if (!row) return null;
          const turnFirstRow = turn !== null && virtual.index === turn.first;
          const inTurn = highlightKeys?.has(row.key) ?? false;
          return (
            <div
              key={virtual.key}
              data-index={virtual.index}
              ref={virtualizer.measureElement}
              className={`absolute left-0 top-0 flex w-full flex-col pb-3 ${inTurn ? "bg-amber-100/80 shadow-[inset_4px_0_0_0_var(--color-amber-500)] dark:bg-amber-900/40" : ""} ${turnFirstRow ? "focus:outline-none focus-visible:outline-2 focus-visible:outline-blue-500" : ""}`}
              style={{ transform: `translateY(${virtual.start}px)` }}
              {...(turnFirstRow
                ? { "data-turn-first": "", tabIndex: -1, role: "group", "aria-label": `Turn of run ${turn.runId}` }
                : {})}
              {...(inTurn ? { "data-highlighted": "" } : {})}
            >
              <TranscriptRow {...shared} row={row} />
            </div>
          );
        })}
      </div>
    </TranscriptLog>
  );
}
