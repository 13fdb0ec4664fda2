"use client";

import { useQuery } from "@tanstack/react-query";
import { BlockChangeEntry } from "./block-change-entry";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { historyQuery } from "@/lib/memory/queries";

/** Every known change of the agent's blocks, newest first (the per-block histories, merged). */
export function MemoryTimeline({ agentId }: { agentId: string }) {
  const history = useQuery(historyQuery(agentId));
  const changes = (history.data?.blocks ?? [])
    .flatMap((block) => block.changes)
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return (
    <div className="space-y-2 text-xs">
      {history.error ? <InlineError error={toErrorBody(history.error)} /> : null}
      {history.isPending ? <p className="text-zinc-500">Loading the timeline…</p> : null}
      {history.data && changes.length === 0 ? (
        <p className="text-zinc-500">No changes of this agent&apos;s blocks are known yet.</p>
      ) : null}
      <ol aria-label="Memory changes" className="space-y-2">
        {changes.map((change) => (
          <li key={change.id} className="space-y-0.5">
            <p className="font-mono font-semibold">{change.label}</p>
            <BlockChangeEntry change={change} />
          </li>
        ))}
      </ol>
    </div>
  );
}
