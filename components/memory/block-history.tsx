"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { BlockChangeEntry } from "./block-change-entry";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { historyQuery } from "@/lib/memory/queries";

/**
 * A block's changes, newest first: memory tool calls of the agent, its sleep-time agent and agents sharing
 * the block, saves in the ADE, and changes the ADE saw between its snapshots that nothing explains.
 */
export function BlockHistory({ agentId, blockId, label }: { agentId: string; blockId: string; label: string }) {
  const [open, setOpen] = useState(false);
  const history = useQuery({ ...historyQuery(agentId), enabled: open });
  const timeline = history.data?.blocks.find((block) => block.blockId === blockId);
  const partial = history.data?.sources.filter((source) => source.historyFrom !== null) ?? [];
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)} className="px-1 text-xs">
      <summary className="cursor-pointer text-zinc-600 dark:text-zinc-400">History of {label}</summary>
      <div role="region" aria-label={`History of ${label}`} className="mt-1 space-y-1">
        {history.error ? <InlineError error={toErrorBody(history.error)} /> : null}
        {history.isFetching && !history.data ? <p className="text-zinc-500">Loading…</p> : null}
        {history.data && !timeline?.changes.length ? (
          <p className="text-zinc-500">No changes of this block are known.</p>
        ) : null}
        <ol className="space-y-1">
          {timeline?.changes.map((change) => (
            <li key={change.id}>
              <BlockChangeEntry change={change} />
            </li>
          ))}
        </ol>
        {history.data ? (
          <p className="text-zinc-500">
            {timeline?.watchedSince
              ? `The ADE has kept snapshots of this block since ${new Date(timeline.watchedSince).toLocaleString()}; changes outside the ADE before then are not known.`
              : "The ADE has no snapshot of this block yet."}{" "}
            {partial.length > 0
              ? `Only recent history was read for ${partial.map((source) => source.agentName).join(", ")}.`
              : null}
          </p>
        ) : null}
      </div>
    </details>
  );
}
