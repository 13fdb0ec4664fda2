"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ChatRow } from "@/lib/chat/rows";
import { describeStopReason } from "@/lib/chat/transcript";
import { HistoryRunFooter } from "@/components/inspector/history-run-footer";
import { TurnRunLinks } from "@/components/inspector/turn-run-links";
import { describeUsage } from "@/lib/inspector/format";
import { SleeptimeTurnLink } from "@/components/sleeptime/sleeptime-turn-link";
import type { SleeptimeLinks } from "@/components/sleeptime/use-sleeptime-links";
import { TranscriptItemView } from "./transcript-item";
import type { ForkTarget } from "./use-fork";
import { Button } from "@/components/ui/button";

interface TranscriptListProps {
  agentId: string;
  rows: ChatRow[];
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder: () => void;
  /** Changes when the user sends something: the list then follows the bottom again. */
  followSignal: number;
  /** The sleep-time run each turn started, to link to it. */
  sleeptimeLinks?: SleeptimeLinks;
  onFork?: (target: ForkTarget) => void;
  /** A turn to show (the address's `#turn-<run id>`, once its rows are loaded): scrolled to, highlighted, focused. */
  turn?: ShownTurn | null;
}

interface ShownTurn {
  runId: string;
  /** Its first row (where the view goes and focus lands). */
  first: number;
  /** All its rows' keys, to highlight. */
  keys: ReadonlySet<string>;
}

const HIGHLIGHT_MS = 5_000;

const nearBottom = 48;

/**
 * Whether the list is still at its bottom, measured against the content as it is now or as it was at the
 * last look (`previousHeight`): rows added below since then leave a reader at the bottom there.
 */
function wasNearBottom(element: HTMLElement, previousHeight: number): boolean {
  const fromBottom = (height: number) => height - element.scrollTop - element.clientHeight;
  return fromBottom(element.scrollHeight) < nearBottom || fromBottom(previousHeight) < nearBottom;
}

/**
 * The transcript as a virtualized list with rows of any height. It follows the newest row while the user
 * stays at the bottom, and loads an older page when the top row comes into view, keeping what the user
 * was reading in place.
 */
export function TranscriptList({
  agentId,
  rows,
  hasOlder,
  loadingOlder,
  onLoadOlder,
  followSignal,
  sleeptimeLinks,
  onFork,
  turn = null,
}: TranscriptListProps) {
  "use no memo"; // the virtualizer mutates itself between renders, which memoization cannot follow
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
    <div className="relative flex min-h-48 flex-1 flex-col">
      <div
        ref={scroller}
        role="log"
        aria-label="Conversation"
        aria-live="polite"
        onScroll={(event) => {
          const element = event.currentTarget;
          const wasAtBottom = atBottom.current;
          atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < nearBottom;
          lastLook.current = { ...lastLook.current, height: element.scrollHeight };
          if (wasAtBottom !== atBottom.current) setLeftBottomAt(atBottom.current ? null : newestKey);
        }}
        className="min-h-0 flex-1 overflow-y-auto rounded-lg border border-zinc-200 bg-zinc-100/50 p-4 [overflow-anchor:none] dark:border-zinc-800 dark:bg-zinc-900/50"
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
                <RowView
                  agentId={agentId}
                  row={row}
                  hasOlder={hasOlder}
                  loadingOlder={loadingOlder}
                  onLoadOlder={onLoadOlder}
                  onFork={onFork}
                />
                <TurnLink row={row} links={sleeptimeLinks} />
              </div>
            );
          })}
        </div>
      </div>
      {leftBottomAt !== null && newestKey !== leftBottomAt ? (
        <Button variant="primary" size="sm" onClick={jumpToNewest} className="absolute bottom-3 left-1/2">
          New messages below
        </Button>
      ) : null}
    </div>
  );
}

interface RowViewProps {
  agentId: string;
  row: ChatRow;
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder: () => void;
  onFork: ((target: ForkTarget) => void) | undefined;
}

/** Rows are rebuilt whenever the transcript changes; the same item (or footer state) renders the same. */
function sameRow(a: ChatRow, b: ChatRow): boolean {
  if (a.kind === "item" && b.kind === "item") return a.item === b.item;
  if (a.kind === "footer" && b.kind === "footer")
    return (
      a.status === b.status &&
      a.stopReason === b.stopReason &&
      a.usage === b.usage &&
      a.runIds.join() === b.runIds.join()
    );
  if (a.kind === "run" && b.kind === "run") return a.runId === b.runId;
  return a.kind === b.kind;
}

function sameProps(a: RowViewProps, b: RowViewProps): boolean {
  return (
    a.agentId === b.agentId &&
    sameRow(a.row, b.row) &&
    a.hasOlder === b.hasOlder &&
    a.loadingOlder === b.loadingOlder &&
    a.onLoadOlder === b.onLoadOlder &&
    a.onFork === b.onFork
  );
}

/** Memoized: scrolling re-renders the list every frame, and a row's markdown need not be parsed again. */
const RowView = memo(function RowView({ agentId, row, hasOlder, loadingOlder, onLoadOlder, onFork }: RowViewProps) {
  switch (row.kind) {
    case "start":
      if (loadingOlder) return <p className="text-center text-xs text-zinc-500">Loading older messages…</p>;
      if (hasOlder)
        return (
          <Button variant="ghost" size="sm" onClick={onLoadOlder} className="mx-auto underline">
            Load older messages
          </Button>
        );
      return <p className="text-center text-xs text-zinc-500">Start of the conversation</p>;
    case "item":
      return <TranscriptItemView item={row.item} {...(onFork ? { onFork } : {})} />;
    case "footer":
      return (
        <p className="text-xs text-zinc-500">
          {row.status === "streaming" ? "Streaming…" : null}
          {row.status === "stopped" ? "Stopped by you" : null}
          {row.status === "done" && row.stopReason ? describeStopReason(row.stopReason) : null}
          {row.usage ? ` · ${describeUsage(row.usage.steps, row.usage)}` : null}
          <TurnRunLinks runIds={row.runIds} addToDataset={row.status === "done"} />
        </p>
      );
    case "run":
      return <HistoryRunFooter agentId={agentId} runId={row.runId} />;
  }
}, sameProps);

function TurnLink({ row, links }: { row: ChatRow; links: SleeptimeLinks | undefined }) {
  if (!links || links.size === 0) return null;
  let runId: string | undefined;
  if (row.kind === "item" && row.item.kind === "user" && row.item.key.startsWith("user:"))
    runId = links.get(`message:${row.item.key.slice("user:".length)}`);
  if (row.kind === "footer") runId = row.runIds.map((id) => links.get(`run:${id}`)).find((id) => id !== undefined);
  return runId ? <SleeptimeTurnLink runId={runId} /> : null;
}
