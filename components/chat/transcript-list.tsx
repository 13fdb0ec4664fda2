"use client";

import { lazy, Suspense, useLayoutEffect, useRef } from "react";
import type { ChatRow } from "@/lib/chat/rows";
import type { SleeptimeLinks } from "@/components/sleeptime/use-sleeptime-links";
import { nearBottom, TranscriptRow, transcriptScrollerClass } from "./transcript-row";
import type { ForkTarget } from "./use-fork";

export interface TranscriptListProps {
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

const VirtualTranscript = lazy(() =>
  import("./virtual-transcript").then((module) => ({ default: module.VirtualTranscript })),
);

/** While the virtualized list loads, the newest rows (as many as it would show) stand in for it. */
const STAND_IN_ROWS = 20;

/** Whether there is more than the start and the system prompt: rows the virtualized list is for. */
function hasMessages(rows: readonly ChatRow[]): boolean {
  return rows.some((row) => row.kind !== "start" && !(row.kind === "item" && row.item.kind === "system"));
}

/**
 * The transcript. An agent without messages shows its few rows as they are; the virtualized list (and its
 * library) loads with the first message, the newest rows shown as they are until it arrives.
 */
export function TranscriptList(props: TranscriptListProps) {
  if (!hasMessages(props.rows)) return <PlainTranscript {...props} />;
  return (
    <Suspense fallback={<PlainTranscript {...props} rows={props.rows.slice(-STAND_IN_ROWS)} standIn />}>
      <VirtualTranscript {...props} />
    </Suspense>
  );
}

/**
 * The rows without a virtualizer, following the bottom as the virtualized list does while the user stays there.
 * As a stand-in (`standIn`, `aria-busy`) it shows the newest rows at the bottom and does not scroll: the list that
 * replaces it starts there too, and a position scrolled to meanwhile would be lost.
 */
function PlainTranscript({
  standIn = false,
  agentId,
  rows,
  hasOlder,
  loadingOlder,
  onLoadOlder,
  sleeptimeLinks,
  onFork,
}: TranscriptListProps & { standIn?: boolean }) {
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
    <div className="relative flex min-h-48 flex-1 flex-col">
      <div
        ref={scroller}
        role="log"
        aria-label="Conversation"
        aria-live="polite"
        aria-busy={standIn || undefined}
        onScroll={(event) => {
          const element = event.currentTarget;
          atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < nearBottom;
        }}
        className={transcriptScrollerClass}
        style={standIn ? { overflowY: "hidden" } : undefined}
      >
        <div
          ref={content}
          className={`relative w-full ${standIn ? "flex h-full flex-col justify-end overflow-hidden" : ""}`}
        >
          {rows.map((row) => (
            <div key={row.key} className="flex w-full flex-col pb-3">
              <TranscriptRow
                agentId={agentId}
                row={row}
                hasOlder={hasOlder}
                loadingOlder={loadingOlder}
                onLoadOlder={onLoadOlder}
                onFork={onFork}
                sleeptimeLinks={sleeptimeLinks}
              />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
