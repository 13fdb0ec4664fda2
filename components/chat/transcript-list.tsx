"use client";

import { lazy, Suspense } from "react";
import type { ChatRow } from "@/lib/chat/rows";
import type { SleeptimeLinks } from "@/components/sleeptime/use-sleeptime-links";
import { StartRow, SystemMessage } from "./intro-rows";
import { PlainTranscript } from "./plain-transcript";
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

const loadMessageTranscript = () => import("./message-transcript");
const MessageTranscript = lazy(() => loadMessageTranscript().then((module) => ({ default: module.MessageTranscript })));

/** Starts loading the views of messages before the first one arrives (e.g. while the user types it). */
export function preloadMessageTranscript(): void {
  void loadMessageTranscript().catch(() => undefined);
}

/** The rows an agent without messages has: the start and the system prompt. */
function isIntroRow(row: ChatRow): boolean {
  return row.kind === "start" || (row.kind === "item" && row.item.kind === "system");
}

/**
 * The transcript. An agent without messages shows its start and system prompt with views of their own; the views
 * of messages and the virtualized list load with the first message.
 */
export function TranscriptList(props: TranscriptListProps) {
  const { hasOlder, loadingOlder, onLoadOlder } = props;
  const renderIntroRow = (row: ChatRow) => {
    if (row.kind === "start")
      return <StartRow hasOlder={hasOlder} loadingOlder={loadingOlder} onLoadOlder={onLoadOlder} />;
    return row.kind === "item" && row.item.kind === "system" ? <SystemMessage text={row.item.text} /> : null;
  };
  const intro = props.rows.filter(isIntroRow);
  if (intro.length === props.rows.length) return <PlainTranscript rows={props.rows} renderRow={renderIntroRow} />;
  return (
    <Suspense fallback={<PlainTranscript standIn rows={intro} renderRow={renderIntroRow} />}>
      <MessageTranscript {...props} />
    </Suspense>
  );
}
