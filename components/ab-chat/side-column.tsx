"use client";

import Link from "next/link";
import { useLayoutEffect, useMemo, useRef } from "react";
import { TranscriptItemView } from "@/components/chat/transcript-item";
import type { AbAgent } from "@/lib/ab-chat/types";
import { buildRows, type LiveTurn } from "@/lib/chat/rows";
import type { TranscriptItem } from "@/lib/chat/transcript";
import type { AppErrorBody } from "@/lib/errors";
import { TurnFooter } from "./turn-footer";
import { Button } from "@/components/ui/button";

type Side = "A" | "B";

/** The A/B page forks nothing: the chat's "Fork from here" stays on the agent page. */
function withoutFork(item: TranscriptItem): TranscriptItem {
  return item.kind === "user" || item.kind === "assistant" ? { ...item, messageId: undefined } : item;
}

interface SideColumnProps {
  side: Side;
  agent: AbAgent;
  turns: readonly LiveTurn[];
  /** The last message that could not be sent to this side. */
  failure: AppErrorBody | null;
  onRetry: (() => void) | null;
  /** Changes when something is sent: the column scrolls to its newest turn. */
  followSignal: number;
}

/** One agent's column: its name, model and workspace link, and the turns sent from this page. */
export function SideColumn({ side, agent, turns, failure, onRetry, followSignal }: SideColumnProps) {
  const rows = useMemo(() => buildRows([], turns).filter((row) => row.kind !== "start"), [turns]);
  const durations = useMemo(
    () => new Map(turns.map((turn) => [turn.id, turn.endedAt !== undefined ? turn.endedAt - turn.at : null])),
    [turns],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const lastSignal = useRef(followSignal);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    if (lastSignal.current !== followSignal) {
      lastSignal.current = followSignal;
      atBottom.current = true;
    }
    if (atBottom.current) element.scrollTop = element.scrollHeight;
  }, [rows, followSignal]);

  return (
    <section aria-label={`${side}: ${agent.name}`} className="flex min-h-0 min-w-0 flex-1 flex-col gap-2">
      <header className="flex shrink-0 flex-wrap items-baseline gap-x-3 gap-y-1">
        <span
          aria-hidden="true"
          className="rounded bg-zinc-900 px-1.5 py-0.5 text-xs font-bold text-white dark:bg-zinc-100 dark:text-zinc-900"
        >
          {side}
        </span>
        <h2 className="min-w-0 truncate text-base font-semibold">
          <span className="sr-only">{side}: </span>
          {agent.name}
        </h2>
        <span className="font-mono text-xs text-zinc-600 dark:text-zinc-400">{agent.model ?? "no model"}</span>
        <Link
          href={`/agents/${encodeURIComponent(agent.id)}`}
          aria-label={`Open workspace of ${side} (${agent.name})`}
          className="ml-auto text-xs text-blue-700 underline underline-offset-2 dark:text-blue-400"
        >
          Open workspace
        </Link>
      </header>
      <div
        ref={scroller}
        role="log"
        aria-label={`Conversation with ${side}`}
        aria-live="polite"
        tabIndex={0}
        onScroll={(event) => {
          const element = event.currentTarget;
          atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 48;
        }}
        className="flex min-h-40 flex-1 flex-col gap-3 overflow-y-auto rounded-lg border border-zinc-200 bg-zinc-100/50 p-3 focus-visible:outline-2 focus-visible:outline-blue-500 dark:border-zinc-800 dark:bg-zinc-900/50"
      >
        {rows.length === 0 ? (
          <p className="text-center text-xs text-zinc-600 dark:text-zinc-400">
            Messages sent from this page go to both agents; each reply shows here.
          </p>
        ) : null}
        {rows.map((row) => {
          if (row.kind === "item")
            return (
              <div key={row.key} className="flex flex-col">
                <TranscriptItemView item={withoutFork(row.item)} />
              </div>
            );
          if (row.kind === "footer") {
            const turnId = Number(row.key.slice(1, row.key.indexOf(":")));
            return (
              <TurnFooter
                key={row.key}
                status={row.status}
                stopReason={row.stopReason}
                usage={row.usage}
                durationMs={durations.get(turnId) ?? null}
                runIds={row.runIds}
                addToDataset
              />
            );
          }
          return null;
        })}
        {failure ? (
          <div
            role="alert"
            className="flex items-start gap-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
          >
            <div>
              <p className="font-medium">
                Not sent to {side}: {failure.message}
              </p>
              <p className="text-xs">{failure.hint}</p>
            </div>
            {onRetry ? (
              <Button variant="secondary" size="sm" onClick={onRetry} className="ml-auto">
                Retry on {side}
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
