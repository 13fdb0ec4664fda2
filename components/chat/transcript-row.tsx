"use client";

import { memo } from "react";
import type { ChatRow } from "@/lib/chat/rows";
import { describeStopReason } from "@/lib/chat/transcript";
import { HistoryRunFooter } from "@/components/inspector/history-run-footer";
import { TurnRunLinks } from "@/components/inspector/turn-run-links";
import { describeUsage } from "@/lib/inspector/format";
import { SleeptimeTurnLink } from "@/components/sleeptime/sleeptime-turn-link";
import type { SleeptimeLinks } from "@/components/sleeptime/use-sleeptime-links";
import { StartRow } from "./intro-rows";
import { TranscriptItemView } from "./transcript-item";
import type { TranscriptListProps } from "./transcript-list";
import type { ForkTarget } from "./use-fork";

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
      return <StartRow hasOlder={hasOlder} loadingOlder={loadingOlder} onLoadOlder={onLoadOlder} />;
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

/** What every row of a transcript is given, besides the row itself. */
export function sharedRowProps({
  agentId,
  hasOlder,
  loadingOlder,
  onLoadOlder,
  onFork,
  sleeptimeLinks,
}: TranscriptListProps): Omit<TranscriptRowProps, "row"> {
  return { agentId, hasOlder, loadingOlder, onLoadOlder, onFork, sleeptimeLinks };
}

type TranscriptRowProps = RowViewProps & { sleeptimeLinks: SleeptimeLinks | undefined };

/** One row of the transcript with its link to the sleep-time run it started, in either list. */
export function TranscriptRow({ sleeptimeLinks, ...props }: TranscriptRowProps) {
  return (
    <>
      <RowView {...props} />
      <TurnLink row={props.row} links={sleeptimeLinks} />
    </>
  );
}
